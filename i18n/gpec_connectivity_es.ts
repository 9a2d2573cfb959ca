<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>@default</name>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="16"/>
        <source>The {} ({}) has no coordinate reference system. Assign its CRS (Layer Properties &gt; Source), then run again.</source>
        <translation>La capa «{}» ({}) no tiene sistema de referencia de coordenadas. Asigne su SRC (Propiedades de la capa &gt; Fuente) y vuelva a ejecutar el algoritmo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="25"/>
        <source>The {} ({}) is in a geographic CRS ({}), measured in degrees, so distances and costs would be wrong. Reproject it to a projected CRS in metres (for example the UTM zone of the study area) with Raster &gt; Projections &gt; Warp (Reproject), then run again.</source>
        <translation>La capa «{}» ({}) está en un SRC geográfico ({}), medido en grados, por lo que las distancias y los costos serían erróneos. Reproyéctela a un SRC proyectado en metros (por ejemplo, la zona UTM del área de estudio) con Ráster &gt; Proyecciones &gt; Combar (reproyectar) y vuelva a ejecutar el algoritmo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="41"/>
        <source>The {} ({}) is empty.</source>
        <translation>La capa «{}» ({}) está vacía.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="49"/>
        <source>The {} ({}) is in {} but the resistance surface is in {}. Rasters are not reprojected on the fly: reproject it with Raster &gt; Projections &gt; Warp (Reproject) onto the resistance surface&apos;s grid, then run again.</source>
        <translation>La capa «{}» ({}) está en {}, pero la superficie de resistencia está en {}. Los rásteres no se reproyectan al vuelo: reproyéctela a la cuadrícula de la superficie de resistencia con Ráster &gt; Proyecciones &gt; Combar (reproyectar) y vuelva a ejecutar el algoritmo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="61"/>
        <source>The {} ({}) is not on the grid of the resistance surface: it has {} where {} is expected. Align it with Raster &gt; Align Rasters (same extent and cell size), then run again.</source>
        <translation>La capa «{}» ({}) no está en la cuadrícula de la superficie de resistencia: tiene {} y se espera {}. Alinéela con Ráster &gt; Alinear rásters (misma extensión y mismo tamaño de celda) y vuelva a ejecutar el algoritmo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="123"/>
        <source>The output {} would overwrite the input {} ({}). Choose another file name for the output.</source>
        <translation>La salida {} sobrescribiría la entrada {} ({}). Elija otro nombre de archivo para la salida.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="143"/>
        <source>The raster {} has an unsupported data type; use an integer or floating-point band.</source>
        <translation>El ráster {} tiene un tipo de datos no compatible; use una banda de enteros o de coma flotante.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="152"/>
        <source>The raster {} could not be read.</source>
        <translation>No se pudo leer el ráster {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="171"/>
        <source>{} cell(s) of {} hold NaN; they are treated as NoData.</source>
        <translation>{} celda(s) de {} contienen NaN; se tratan como NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="203"/>
        <source>No GDAL driver can write {}.</source>
        <translation>Ningún controlador GDAL puede escribir {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/vector.py" line="34"/>
        <source>{} is reprojected on the fly from {} to {}.</source>
        <translation>La capa {} se reproyecta al vuelo de {} a {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/vector.py" line="99"/>
        <source>The features could not be rasterised (GDAL error {}).</source>
        <translation>No se pudieron rasterizar los objetos (error GDAL {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="279"/>
        <source>The core raster and the resistance surface must have the same shape.</source>
        <translation>El ráster de áreas núcleo y la superficie de resistencia deben tener las mismas dimensiones.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="283"/>
        <source>Unknown link selection {!r}; use one of {}.</source>
        <translation>Selección de enlaces desconocida: {!r}; valores posibles: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="287"/>
        <source>The number of nearest neighbours must be at least 1.</source>
        <translation>El número de vecinos más cercanos debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="290"/>
        <source>At least two core areas are needed to map corridors; found {}.</source>
        <translation>Se necesitan al menos dos áreas núcleo para cartografiar corredores; encontradas: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="297"/>
        <source>Core(s) {} lie entirely on NoData cells of the resistance surface, so nothing can leave them. Check that the cores and the resistance surface cover the same area.</source>
        <translation>Las áreas núcleo {} están por completo sobre celdas NoData de la superficie de resistencia, así que no se puede salir de ellas. Compruebe que las áreas núcleo y la superficie de resistencia cubren la misma zona.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="311"/>
        <source>The Euclidean distance matrix must be {0} x {0}.</source>
        <translation>La matriz de distancias euclidianas debe ser de {0} x {0}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="89"/>
        <source>The cell size must be positive, got {}.</source>
        <translation>El tamaño de celda debe ser positivo; se recibió {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="125"/>
        <source>The resistance surface must be a non-empty two-dimensional raster.</source>
        <translation>La superficie de resistencia debe ser un ráster bidimensional no vacío.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="131"/>
        <source>Every cell of the resistance surface is NoData: there is nothing to move through.</source>
        <translation>Todas las celdas de la superficie de resistencia son NoData: no hay nada que atravesar.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="137"/>
        <source>The resistance surface has {} cell(s) with zero or negative resistance (smallest {:g}). Resistance must be positive: set those cells to a small positive value, or to NoData if they cannot be crossed.</source>
        <translation>La superficie de resistencia tiene {} celda(s) con resistencia cero o negativa (mínima {:g}). La resistencia debe ser positiva: asigne a esas celdas un valor positivo pequeño, o NoData si no se pueden atravesar.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="211"/>
        <source>The sources ({}) and the resistance surface ({}) must have the same shape.</source>
        <translation>Las fuentes ({}) y la superficie de resistencia ({}) deben tener las mismas dimensiones.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="247"/>
        <source>No source lies on a passable cell: every source cell is NoData or outside the raster.</source>
        <translation>Ninguna fuente está sobre una celda transitable: todas las celdas de fuente son NoData o están fuera del ráster.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="267"/>
        <source>stop_at must have the shape of the resistance surface.</source>
        <translation>stop_at debe tener las dimensiones de la superficie de resistencia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="402"/>
        <source>The end feature lies entirely on NoData or outside the raster.</source>
        <translation>El objeto de destino está por completo sobre celdas NoData o fuera del ráster.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="416"/>
        <source>The end cannot be reached from the start: NoData cells separate them on this resistance surface.</source>
        <translation>El destino no se puede alcanzar desde el origen: en esta superficie de resistencia los separan celdas NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/errors.py" line="86"/>
        <source>Cancelled by the user; nothing was written.</source>
        <translation>Cancelado por el usuario; no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/memory.py" line="106"/>
        <source>This analysis needs about {} of memory but only {} is available ({} cells). Coarsen the raster (a cell size at least {:.1f} times larger, e.g. with Raster &gt; Projections &gt; Warp) or clip it to the study area, then run again.</source>
        <translation>Este análisis necesita unos {} de memoria, pero solo hay {} disponibles ({} celdas). Use un ráster más grueso (un tamaño de celda al menos {:.1f} veces mayor, por ejemplo con Ráster &gt; Proyecciones &gt; Combar (reproyectar)) o recórtelo al área de estudio y vuelva a ejecutar el algoritmo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="66"/>
        <source>Row {}: the {} {!r} is not a number.</source>
        <translation>Fila {} ({}): {!r} no es un número.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="158"/>
        <source>The resistance table has no rows.</source>
        <translation>La tabla de resistencia no tiene filas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="121"/>
        <source>The resistance table has no column {!r}; its columns are: {}.</source>
        <translation>La tabla de resistencia no tiene la columna {!r}; sus columnas son: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="144"/>
        <source>Row {}: class {:g} has resistance {:g}. Resistance must be positive; leave it empty or write NoData to make the class impassable.</source>
        <translation>Fila {}: la clase {:g} tiene resistencia {:g}. La resistencia debe ser positiva; déjela vacía o escriba NoData para que la clase sea infranqueable.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="154"/>
        <source>Class {:g} appears twice in the resistance table.</source>
        <translation>La clase {:g} aparece dos veces en la tabla de resistencia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="204"/>
        <source>The land-cover raster has {} class(es) that the resistance table does not list: {}{}. Add them to the table (leave the resistance empty to make a class impassable).</source>
        <translation>El ráster de cobertura del suelo tiene {} clase(s) que no figuran en la tabla de resistencia: {}{}. Añádalas a la tabla (deje la resistencia vacía para que una clase sea infranqueable).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="238"/>
        <source>Unknown burn mode {!r}; use one of {}.</source>
        <translation>Modo de grabado desconocido: {!r}; valores posibles: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="244"/>
        <source>The burnt features and the resistance surface must have the same shape.</source>
        <translation>Los objetos grabados y la superficie de resistencia deben tener las mismas dimensiones.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="249"/>
        <source>Linear features must have a positive resistance.</source>
        <translation>Los objetos lineales deben tener una resistencia positiva.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="312"/>
        <source>Unknown combination {!r}; use one of {}.</source>
        <translation>Combinación desconocida: {!r}; valores posibles: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="320"/>
        <source>Rasters to combine must have the same shape as the resistance surface.</source>
        <translation>Los rásteres que se combinan deben tener las mismas dimensiones que la superficie de resistencia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="38"/>
        <source>The resistance surface could not be loaded.</source>
        <translation>No se pudo cargar la superficie de resistencia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="39"/>
        <source>resistance surface</source>
        <translation>superficie de resistencia</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="65"/>
        <source>The {} layer has no features with a geometry.</source>
        <translation>La capa «{}» no tiene objetos con geometría.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="73"/>
        <source>The {} layer could not be loaded.</source>
        <translation>No se pudo cargar la capa «{}».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="91"/>
        <source>Choose the id field of the {} layer.</source>
        <translation>Elija el campo de identificador de la capa «{}».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="97"/>
        <source>{} feature(s) of the {} layer have an empty id in {} (feature ids {}). Give every feature an id.</source>
        <translation>{} objeto(s) de la capa «{}» tienen el identificador vacío en el campo {} (ID de objeto: {}). Asigne un identificador a cada objeto.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="111"/>
        <source>The ids {} appear more than once in the field {} of the {} layer. Each feature needs its own id (merge the parts of one area with Dissolve first).</source>
        <translation>Los identificadores {} aparecen más de una vez en el campo {} de la capa «{}». Cada objeto necesita su propio identificador (una primero las partes de una misma área con Disolver).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="121"/>
        <source>The {} {} lie outside the resistance surface. Remove them (or select the others and use &quot;Selected features only&quot;), or use a resistance surface that covers them.</source>
        <translation>Los objetos de la capa «{}» con identificadores {} están fuera de la superficie de resistencia. Elimínelos (o seleccione los demás y active «Objetos seleccionados solamente») o use una superficie de resistencia que los cubra.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="132"/>
        <source>{} {} extend beyond the resistance surface; only their part on it is used: {}.</source>
        <translation>{} objeto(s) de la capa «{}» se extienden más allá de la superficie de resistencia; solo se usa su parte dentro de ella: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="143"/>
        <source>The {} {} get no raster cell of their own: they lie inside another one or between cells. Merge overlapping areas or use a finer resistance surface.</source>
        <translation>Los objetos de la capa «{}» con identificadores {} no obtienen ninguna celda ráster propia: están dentro de otro objeto o entre celdas. Una las áreas superpuestas o use una superficie de resistencia más fina.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="153"/>
        <source>{} pair(s) of {} overlap ({}); each shared cell belongs to one of them.</source>
        <translation>{} par(es) de objetos de la capa «{}» se superponen ({}); cada celda compartida se asigna a uno solo de ellos.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="42"/>
        <source>not connected: NoData separates the cores</source>
        <translation>sin conexión: celdas NoData separan las áreas núcleo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="44"/>
        <source>cw_dist above the maximum ({:g})</source>
        <translation>cw_dist superior al máximo ({:g})</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="46"/>
        <source>euc_dist above the maximum ({:g})</source>
        <translation>euc_dist superior al máximo ({:g})</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="47"/>
        <source>least-cost path passes through core {}</source>
        <translation>la ruta de menor costo pasa por el área núcleo {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="76"/>
        <source>Least-cost corridors</source>
        <translation>Corredores de menor costo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="79"/>
        <source>&lt;p&gt;Maps least-cost corridors between core areas (protected areas, habitat cores) and the links of the network, the way Linkage Mapper&apos;s Linkage Pathways does (McRae and Kavanagh 2011).&lt;/p&gt;&lt;p&gt;For every core a cost-weighted distance (CWD) map is computed. A link between cores A and B has cw_dist = the least-cost distance between them (the smallest CWD from A over the cells of B). Its normalized least-cost corridor is NLCC = CWD from A + CWD from B - cw_dist: zero along the least-cost path, growing away from it. The corridor map is the smallest NLCC over the kept links.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell, projected CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Core areas&lt;/b&gt; and &lt;b&gt;Core id field&lt;/b&gt;: polygons, each with its own id.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt;: adjacent cores (their areas touch in the cost-allocation map; Linkage Mapper&apos;s default), all pairs, or each core&apos;s k nearest neighbours by cw_dist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum cw_dist / euc_dist&lt;/b&gt;: drop longer links (0: no limit).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Drop links through other cores&lt;/b&gt;: drop a link whose least-cost path crosses a third core.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Corridor width cut-off&lt;/b&gt;: cells whose NLCC exceeds it (cost units) are left out (0: none).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt; output: least-cost paths with from_core, to_core, cw_dist, euc_dist (edge to edge), lcp_length, cwd_to_euc, cwd_to_path, kept and the reason a link was dropped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cartografía los corredores de menor costo entre áreas núcleo (áreas protegidas, núcleos de hábitat) y los enlaces de la red, como lo hace Linkage Pathways de Linkage Mapper (McRae y Kavanagh 2011).&lt;/p&gt;&lt;p&gt;Para cada área núcleo se calcula un mapa de distancia ponderada por costo (CWD, costo acumulado). Un enlace entre las áreas núcleo A y B tiene cw_dist = la distancia de menor costo entre ellas (la menor CWD desde A sobre las celdas de B). Su corredor de menor costo normalizado es NLCC = CWD desde A + CWD desde B - cw_dist: cero a lo largo de la ruta de menor costo y creciente al alejarse de ella. El mapa de corredores es el menor NLCC sobre los enlaces conservados.&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Superficie de resistencia&lt;/b&gt;: resistencia positiva por celda, SRC proyectado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Áreas núcleo&lt;/b&gt; y &lt;b&gt;Campo de identificador de las áreas núcleo&lt;/b&gt;: polígonos, cada uno con su propio identificador.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Enlaces&lt;/b&gt;: áreas núcleo adyacentes (sus zonas se tocan en el mapa de asignación de costo; la opción por defecto de Linkage Mapper), todos los pares, o los k vecinos más cercanos de cada área núcleo según cw_dist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;cw_dist / euc_dist máxima&lt;/b&gt;: descarta los enlaces más largos (0: sin límite).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Descartar enlaces cuya ruta cruza otra área núcleo&lt;/b&gt;: descarta un enlace cuya ruta de menor costo cruza una tercera área núcleo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Umbral de ancho del corredor&lt;/b&gt;: se excluyen las celdas cuyo NLCC lo supera (en unidades de costo) (0: ninguno).&lt;/p&gt;&lt;p&gt;Salida &lt;b&gt;Enlaces&lt;/b&gt;: rutas de menor costo con from_core, to_core, cw_dist, euc_dist (de borde a borde), lcp_length, cwd_to_euc, cwd_to_path, kept y reason (el motivo por el que se descartó un enlace).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="209"/>
        <source>Resistance surface</source>
        <translation>Superficie de resistencia</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="100"/>
        <source>Core areas</source>
        <translation>Áreas núcleo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="101"/>
        <source>Core id field</source>
        <translation>Campo de identificador de las áreas núcleo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="164"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="106"/>
        <source>Adjacent cores (cost allocation)</source>
        <translation>Áreas núcleo adyacentes (asignación de costo)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="106"/>
        <source>All pairs</source>
        <translation>Todos los pares</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="106"/>
        <source>k nearest neighbours</source>
        <translation>k vecinos más cercanos</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="114"/>
        <source>k (nearest neighbours)</source>
        <translation>k (vecinos más cercanos)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="119"/>
        <source>Maximum cw_dist (0: none)</source>
        <translation>cw_dist máxima (0: ninguna)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="124"/>
        <source>Maximum euc_dist, map units (0: none)</source>
        <translation>euc_dist máxima, unidades de mapa (0: ninguna)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="133"/>
        <source>Drop links whose path crosses another core</source>
        <translation>Descartar enlaces cuya ruta cruza otra área núcleo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="138"/>
        <source>Corridor width cut-off, cost units (0: none)</source>
        <translation>Umbral de ancho del corredor, unidades de costo (0: ninguno)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="63"/>
        <source>Connect 4 neighbours only</source>
        <translation>Conectar solo con 4 vecinos</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="126"/>
        <source>Write 64-bit floating-point rasters (full precision)</source>
        <translation>Escribir rásteres de coma flotante de 64 bits (precisión completa)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="163"/>
        <source>Corridors</source>
        <translation>Corredores</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="165"/>
        <source>Links kept</source>
        <translation>Enlaces conservados</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="166"/>
        <source>Links dropped</source>
        <translation>Enlaces descartados</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="178"/>
        <source>The per-core cost distances are kept on disk in {}.</source>
        <translation>Las distancias de costo de cada área núcleo se guardan en disco en {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="197"/>
        <source>core areas</source>
        <translation>áreas núcleo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="206"/>
        <source>Grid: {}; {} core areas.</source>
        <translation>Cuadrícula: {}; {} áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="271"/>
        <source>{} candidate link(s): {} kept, {} dropped.</source>
        <translation>{} enlace(s) candidato(s): {} conservado(s), {} descartado(s).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="286"/>
        <source>Shortest</source>
        <translation>más corto</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="286"/>
        <source>Longest</source>
        <translation>más largo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="287"/>
        <source>{} corridor: {} - {}, cw_dist {:,.1f}, path length {:,.0f}.</source>
        <translation>Corredor {}: {} - {}, cw_dist {:,.1f}, longitud de la ruta {:,.0f}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="293"/>
        <source>The cores fall into {} groups that cannot reach each other: {}.</source>
        <translation>Las áreas núcleo forman {} grupos que no pueden alcanzarse entre sí: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="41"/>
        <source>Source feature(s) {} have no value in the id field {}.</source>
        <translation>Los objetos de fuente {} no tienen valor en el campo de identificador {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="135"/>
        <source>Cost distance</source>
        <translation>Distancia de costo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="72"/>
        <source>&lt;p&gt;Accumulated cost (cost-weighted distance) from the source features over a resistance surface, and optionally which source each cell is cheapest to reach from (allocation).&lt;/p&gt;&lt;p&gt;Moving between neighbouring cells a and b costs (resistance of a + resistance of b) / 2 times the distance between their centres: the definition of Circuitscape, Linkage Mapper (ArcGIS Cost Distance) and scikit-image MCP_Geometric. NoData cells cannot be crossed. The search is an exact Dijkstra shortest-path search.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell in a projected CRS (metres).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: points, lines or polygons; polygons take the cells whose centre lies inside, lines every cell they touch. Layers in another CRS are reprojected on the fly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source id field&lt;/b&gt;: features with the same id form one source; the allocation raster holds these ids (text ids are numbered 1..n, the log lists the numbers). Without it, every feature is a source of its own, labelled by its feature id.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect 4 neighbours only&lt;/b&gt;: orthogonal moves only (default: 8 neighbours).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum cost&lt;/b&gt;: cells beyond it are left NoData (faster on large rasters).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Write 64-bit floating-point rasters&lt;/b&gt;: full precision instead of Float32 (twice the size).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cost distance&lt;/b&gt;: Float32 raster of accumulated cost, NoData where unreachable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Allocation&lt;/b&gt;: Int32 raster of the nearest source&apos;s id.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Costo acumulado (distancia ponderada por costo) desde los objetos de fuente sobre una superficie de resistencia y, opcionalmente, la fuente desde la que cada celda se alcanza con menor costo (asignación).&lt;/p&gt;&lt;p&gt;Moverse entre las celdas vecinas a y b cuesta (resistencia de a + resistencia de b) / 2 multiplicado por la distancia entre sus centros: la definición de Circuitscape, Linkage Mapper (Cost Distance de ArcGIS) y MCP_Geometric de scikit-image. Las celdas NoData (sin datos) no se pueden atravesar. La búsqueda es un cálculo exacto de ruta más corta con el algoritmo de Dijkstra.&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Superficie de resistencia&lt;/b&gt;: resistencia positiva por celda en un SRC proyectado (metros).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fuentes&lt;/b&gt;: puntos, líneas o polígonos; los polígonos toman las celdas cuyo centro queda dentro y las líneas, todas las celdas que tocan. Las capas en otro SRC se reproyectan al vuelo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Campo de identificador de las fuentes&lt;/b&gt;: los objetos con el mismo identificador forman una sola fuente; el ráster de asignación contiene esos identificadores (los identificadores de texto se numeran de 1 a n y el registro muestra la numeración). Sin este campo, cada objeto es una fuente independiente, identificada por su ID de objeto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conectar solo con 4 vecinos&lt;/b&gt;: solo movimientos ortogonales (por defecto: 8 vecinos).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Costo máximo&lt;/b&gt;: las celdas que lo superan quedan como NoData (más rápido en rásteres grandes).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Escribir rásteres de coma flotante de 64 bits&lt;/b&gt;: precisión completa en lugar de Float32 (el doble de tamaño).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distancia de costo&lt;/b&gt;: ráster Float32 del costo acumulado, NoData donde no se puede alcanzar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Asignación&lt;/b&gt;: ráster Int32 con el identificador de la fuente más cercana.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="94"/>
        <source>Positive resistance per cell, in a projected CRS.</source>
        <translation>Resistencia positiva por celda, en un SRC proyectado.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="100"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="101"/>
        <source>Source id field</source>
        <translation>Campo de identificador de las fuentes</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="115"/>
        <source>Maximum cost (empty: no limit)</source>
        <translation>Costo máximo (vacío: sin límite)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="136"/>
        <source>Allocation (nearest source)</source>
        <translation>Asignación (fuente más cercana)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="152"/>
        <source>The sources layer could not be loaded.</source>
        <translation>No se pudo cargar la capa de fuentes.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="161"/>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="163"/>
        <source>{} source feature(s) lie outside the resistance surface and are ignored.</source>
        <translation>{} objeto(s) de fuente están fuera de la superficie de resistencia y se ignoran.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="169"/>
        <source>No source feature lies on the resistance surface.</source>
        <translation>Ningún objeto de fuente está sobre la superficie de resistencia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="175"/>
        <source>Allocation values: {}</source>
        <translation>Valores de asignación: {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="182"/>
        <source>Grid: {}.</source>
        <translation>Cuadrícula: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="195"/>
        <source>{:,} of {:,} passable cells reached; largest cost {:,.2f}.</source>
        <translation>{:,} de {:,} celdas transitables alcanzadas; costo máximo {:,.2f}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="68"/>
        <source>Least-cost path</source>
        <translation>Ruta de menor costo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="44"/>
        <source>&lt;p&gt;The cheapest route across a resistance surface from a start feature to an end feature, as a line through cell centres with its accumulated cost and its length.&lt;/p&gt;&lt;p&gt;Costs follow the cost-distance definition of Circuitscape, Linkage Mapper and scikit-image MCP_Geometric: (resistance of a + resistance of b) / 2 times the step length. The path leaves the start where it is cheapest and ends in the cheapest cell of the end feature.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell in a projected CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start&lt;/b&gt; and &lt;b&gt;End&lt;/b&gt;: points, lines or polygons; all features of a layer together form the start (or end). Use &quot;Selected features only&quot; to pick one feature.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect 4 neighbours only&lt;/b&gt;: orthogonal moves only (default: 8 neighbours).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Least-cost path&lt;/b&gt;: a line with fields cost (accumulated cost), length (map units) and n_cells.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La ruta más barata a través de una superficie de resistencia desde un objeto de origen hasta un objeto de destino, como una línea que pasa por los centros de las celdas, con su costo acumulado y su longitud.&lt;/p&gt;&lt;p&gt;Los costos siguen la definición de distancia de costo de Circuitscape, Linkage Mapper y MCP_Geometric de scikit-image: (resistencia de a + resistencia de b) / 2 multiplicado por la longitud del paso. La ruta sale del origen por donde resulta más barato y termina en la celda del objeto de destino más barata de alcanzar.&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Superficie de resistencia&lt;/b&gt;: resistencia positiva por celda en un SRC proyectado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Origen&lt;/b&gt; y &lt;b&gt;Destino&lt;/b&gt;: puntos, líneas o polígonos; todos los objetos de una capa forman juntos el origen (o el destino). Use «Objetos seleccionados solamente» para elegir un solo objeto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conectar solo con 4 vecinos&lt;/b&gt;: solo movimientos ortogonales (por defecto: 8 vecinos).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ruta de menor costo&lt;/b&gt;: una línea con los campos cost (costo acumulado), length (unidades de mapa) y n_cells.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="61"/>
        <source>Start</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="62"/>
        <source>End</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="76"/>
        <source>No {} feature lies on the resistance surface.</source>
        <translation>Ningún objeto de la capa «{}» está sobre la superficie de resistencia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="85"/>
        <source>start</source>
        <translation>origen</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="86"/>
        <source>end</source>
        <translation>destino</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="105"/>
        <source>Least-cost path: cost {:,.2f}, length {:,.1f} map units, {} cells.</source>
        <translation>Ruta de menor costo: costo {:,.2f}, longitud {:,.1f} unidades de mapa, {} celdas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/provider.py" line="30"/>
        <source>GPEC Connectivity</source>
        <translation>GPEC Connectivity</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="80"/>
        <source>&lt;p&gt;Builds a resistance surface for one species from a land-cover raster: each land-cover class gets the resistance of a table (or of a bundled training profile), roads, railways and fences are burnt in, and further rasters can be combined. The method is the usual one for Linkage Mapper and Circuitscape (Zeller, McGarigal and Whiteley 2012, Landscape Ecology 27:777-797).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Land cover&lt;/b&gt;: integer classes in a projected CRS; its NoData stays NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Species profile&lt;/b&gt;: a bundled training profile, or &quot;Resistance table&quot; to use your own.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resistance table&lt;/b&gt;: a CSV file or table layer with a class column, a resistance column and optionally a label column. An empty resistance (or NoData) makes a class impassable. Land-cover classes missing from the table stop the algorithm with a list of them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Linear features&lt;/b&gt;: line layers burnt onto the surface. Each feature&apos;s resistance is read from the resistance field when the layer has it, else the fixed value is used; likewise its width (map units). Every cell the feature&apos;s footprint touches is burnt, and lines are made 4-connected, so a barrier never leaks diagonally. &lt;b&gt;Burn mode&lt;/b&gt;: maximum (default: keep the higher of feature and land cover), replace, add or multiply.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Further rasters&lt;/b&gt; (advanced): rasters on exactly the same grid, combined by multiplication, addition or maximum; NoData anywhere gives NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: Float32 GeoTIFF, NoData -9999.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Construye una superficie de resistencia para una especie a partir de un ráster de cobertura del suelo: cada clase de cobertura recibe la resistencia de una tabla (o de un perfil didáctico incluido), se graban carreteras, vías férreas y vallas, y se pueden combinar rásteres adicionales. Es el método habitual para Linkage Mapper y Circuitscape (Zeller, McGarigal y Whiteley 2012, Landscape Ecology 27:777-797).&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Cobertura del suelo&lt;/b&gt;: clases enteras en un SRC proyectado; sus celdas NoData (sin datos) siguen siendo NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Perfil de especie&lt;/b&gt;: un perfil didáctico incluido, o «Tabla de resistencia (abajo)» para usar su propia tabla.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tabla de resistencia&lt;/b&gt;: un archivo CSV o una capa de tabla con una columna de clase, una columna de resistencia y, opcionalmente, una columna de etiqueta. Una resistencia vacía (o NoData) hace que una clase sea infranqueable. Si faltan clases de cobertura en la tabla, el algoritmo se detiene y las enumera.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Objetos lineales&lt;/b&gt;: capas de líneas grabadas en la superficie. La resistencia de cada objeto se lee del campo de resistencia si la capa lo tiene; si no, se usa el valor fijo; lo mismo para su ancho (unidades de mapa). Se graban todas las celdas que toca la huella del objeto, y las líneas se hacen 4-conexas, de modo que una barrera nunca deja pasar en diagonal. &lt;b&gt;Modo de grabado&lt;/b&gt;: maximum (por defecto: conserva la mayor de las resistencias del objeto y de la cobertura), replace (reemplazar), add (sumar) o multiply (multiplicar).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rásteres adicionales&lt;/b&gt; (parámetro avanzado): rásteres exactamente en la misma cuadrícula, combinados por multiplicación (multiply), suma (add) o máximo (maximum); NoData en cualquiera de ellos da NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Superficie de resistencia&lt;/b&gt;: GeoTIFF Float32, NoData -9999.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="102"/>
        <source>Land cover</source>
        <translation>Cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="103"/>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="114"/>
        <source>Species profile</source>
        <translation>Perfil de especie</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="114"/>
        <source>Resistance table (below)</source>
        <translation>Tabla de resistencia (abajo)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="122"/>
        <source>Resistance table (CSV or table layer)</source>
        <translation>Tabla de resistencia (CSV o capa de tabla)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="130"/>
        <source>Class field</source>
        <translation>Campo de clase</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="130"/>
        <source>Resistance field</source>
        <translation>Campo de resistencia</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="130"/>
        <source>Label field (optional)</source>
        <translation>Campo de etiqueta (opcional)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="145"/>
        <source>Linear features (roads, railways, fences)</source>
        <translation>Objetos lineales (carreteras, vías férreas, vallas)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="153"/>
        <source>Resistance field of the linear features</source>
        <translation>Campo de resistencia de los objetos lineales</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="161"/>
        <source>Resistance of linear features without that field</source>
        <translation>Resistencia de los objetos lineales sin ese campo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="170"/>
        <source>Width field of the linear features (map units)</source>
        <translation>Campo de ancho de los objetos lineales (unidades de mapa)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="178"/>
        <source>Width of linear features without that field (0: the line itself)</source>
        <translation>Ancho de los objetos lineales sin ese campo (0: solo la línea)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="187"/>
        <source>Burn mode</source>
        <translation>Modo de grabado</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="192"/>
        <source>Further rasters to combine</source>
        <translation>Rásteres adicionales para combinar</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="199"/>
        <source>Combine further rasters by</source>
        <translation>Combinar los rásteres adicionales mediante</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="218"/>
        <source>Give a resistance table (CSV or table layer) or choose a bundled species profile.</source>
        <translation>Indique una tabla de resistencia (CSV o capa de tabla) o elija un perfil de especie incluido.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="252"/>
        <source>Feature {} of {} has resistance {}; linear features need a positive resistance.</source>
        <translation>El objeto {} de {} tiene resistencia {}; los objetos lineales necesitan una resistencia positiva.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="261"/>
        <source>{}: {} feature(s) to burn.</source>
        <translation>{}: {} objeto(s) para grabar.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="283"/>
        <source>The land-cover raster could not be loaded.</source>
        <translation>No se pudo cargar el ráster de cobertura del suelo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="284"/>
        <source>land-cover raster</source>
        <translation>ráster de cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="287"/>
        <source>further raster</source>
        <translation>ráster adicional</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="294"/>
        <source>Every cell of the land-cover raster {} is NoData.</source>
        <translation>Todas las celdas del ráster de cobertura del suelo {} son NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="297"/>
        <source>Resistance table: {}.</source>
        <translation>Tabla de resistencia: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="302"/>
        <source>cells</source>
        <translation>celdas</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="319"/>
        <source>{:,} cells burnt with the linear features ({}).</source>
        <translation>{:,} celdas grabadas con los objetos lineales (modo: {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="327"/>
        <source>Combined with {} raster(s) by {}.</source>
        <translation>Superficie combinada con {} ráster(es) adicional(es) (método: {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="329"/>
        <source>The resistance surface would be NoData everywhere.</source>
        <translation>La superficie de resistencia sería NoData en todas partes.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="332"/>
        <source>Combining the rasters gives {} cell(s) with zero or negative resistance; check the further rasters.</source>
        <translation>La combinación de los rásteres da {} celda(s) con resistencia cero o negativa; revise los rásteres adicionales.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="341"/>
        <source>Resistance from {:g} to {:g}; {:,} NoData cells. Written {} ({}).</source>
        <translation>Resistencia de {:g} a {:g}; {:,} celdas NoData. Archivo escrito: {} ({}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="55"/>
        <source>up to {:,.0f}</source>
        <translation>hasta {:,.0f}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="77"/>
        <source>kept</source>
        <translation>conservados</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="78"/>
        <source>dropped</source>
        <translation>descartados</translation>
    </message>
</context>
</TS>
