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
        <location filename="../gpec_connectivity/adapters/raster.py" line="144"/>
        <source>The raster {} has an unsupported data type; use an integer or floating-point band.</source>
        <translation>El ráster {} tiene un tipo de datos no compatible; use una banda de enteros o de coma flotante.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="156"/>
        <source>The raster {} could not be read.</source>
        <translation>No se pudo leer el ráster {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="175"/>
        <source>{} cell(s) of {} hold NaN; they are treated as NoData.</source>
        <translation>{} celda(s) de {} contienen NaN; se tratan como NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="241"/>
        <source>No GDAL driver can write {}.</source>
        <translation>Ningún controlador GDAL puede escribir {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="84"/>
        <source>{} is reprojected on the fly from {} to {}.</source>
        <translation>La capa {} se reproyecta al vuelo de {} a {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/vector.py" line="72"/>
        <source>The features could not be rasterised (GDAL error {}).</source>
        <translation>No se pudieron rasterizar los objetos (error GDAL {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="441"/>
        <source>The core raster and the resistance surface must have the same shape.</source>
        <translation>El ráster de áreas núcleo y la superficie de resistencia deben tener las mismas dimensiones.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="445"/>
        <source>Unknown link selection {!r}; use one of {}.</source>
        <translation>Selección de enlaces desconocida: {!r}; valores posibles: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="449"/>
        <source>The number of nearest neighbours must be at least 1.</source>
        <translation>El número de vecinos más cercanos debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="452"/>
        <source>At least two core areas are needed to map corridors; found {}.</source>
        <translation>Se necesitan al menos dos áreas núcleo para cartografiar corredores; encontradas: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="463"/>
        <source>The Euclidean distance matrix must be {0} x {0}.</source>
        <translation>La matriz de distancias euclidianas debe ser de {0} x {0}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="91"/>
        <source>The cell size must be positive, got {}.</source>
        <translation>El tamaño de celda debe ser positivo; se recibió {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="127"/>
        <source>The resistance surface must be a non-empty two-dimensional raster.</source>
        <translation>La superficie de resistencia debe ser un ráster bidimensional no vacío.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="133"/>
        <source>Every cell of the resistance surface is NoData: there is nothing to move through.</source>
        <translation>Todas las celdas de la superficie de resistencia son NoData: no hay nada que atravesar.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="213"/>
        <source>The sources ({}) and the resistance surface ({}) must have the same shape.</source>
        <translation>Las fuentes ({}) y la superficie de resistencia ({}) deben tener las mismas dimensiones.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="249"/>
        <source>No source lies on a passable cell: every source cell is NoData or outside the raster.</source>
        <translation>Ninguna fuente está sobre una celda transitable: todas las celdas de fuente son NoData o están fuera del ráster.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="269"/>
        <source>stop_at must have the shape of the resistance surface.</source>
        <translation>stop_at debe tener las dimensiones de la superficie de resistencia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="404"/>
        <source>The end feature lies entirely on NoData or outside the raster.</source>
        <translation>El objeto de destino está por completo sobre celdas NoData o fuera del ráster.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="418"/>
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
        <location filename="../gpec_connectivity/processing/inputs.py" line="33"/>
        <source>The resistance surface could not be loaded.</source>
        <translation>No se pudo cargar la superficie de resistencia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="34"/>
        <source>resistance surface</source>
        <translation>superficie de resistencia</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/vector.py" line="131"/>
        <source>The {} layer has no features with a geometry.</source>
        <translation>La capa «{}» no tiene objetos con geometría.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="198"/>
        <source>The {} layer could not be loaded.</source>
        <translation>No se pudo cargar la capa «{}».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="54"/>
        <source>Choose the id field of the {} layer.</source>
        <translation>Elija el campo de identificador de la capa «{}».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="59"/>
        <source>{} feature(s) of the {} layer have an empty id in {} (feature ids {}). Give every feature an id.</source>
        <translation>{} objeto(s) de la capa «{}» tienen el identificador vacío en el campo {} (ID de objeto: {}). Asigne un identificador a cada objeto.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="94"/>
        <source>The ids {} appear more than once in the field {} of the {} layer. Each feature needs its own id (merge the parts of one area with Dissolve first).</source>
        <translation>Los identificadores {} aparecen más de una vez en el campo {} de la capa «{}». Cada objeto necesita su propio identificador (una primero las partes de una misma área con Disolver).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="104"/>
        <source>The {} {} lie outside the resistance surface. Remove them (or select the others and use &quot;Selected features only&quot;), or use a resistance surface that covers them.</source>
        <translation>Los objetos de la capa «{}» con identificadores {} están fuera de la superficie de resistencia. Elimínelos (o seleccione los demás y active «Objetos seleccionados solamente») o use una superficie de resistencia que los cubra.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="115"/>
        <source>{} {} extend beyond the resistance surface; only their part on it is used: {}.</source>
        <translation>{} objeto(s) de la capa «{}» se extienden más allá de la superficie de resistencia; solo se usa su parte dentro de ella: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="126"/>
        <source>The {} {} get no raster cell of their own: they lie inside another one or between cells. Merge overlapping areas or use a finer resistance surface.</source>
        <translation>Los objetos de la capa «{}» con identificadores {} no obtienen ninguna celda ráster propia: están dentro de otro objeto o entre celdas. Una las áreas superpuestas o use una superficie de resistencia más fina.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="136"/>
        <source>{} pair(s) of {} overlap ({}); each shared cell belongs to one of them.</source>
        <translation>{} par(es) de objetos de la capa «{}» se superponen ({}); cada celda compartida se asigna a uno solo de ellos.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="51"/>
        <source>not connected: NoData separates the cores</source>
        <translation>sin conexión: celdas NoData separan las áreas núcleo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="53"/>
        <source>cw_dist above the maximum ({:g})</source>
        <translation>cw_dist superior al máximo ({:g})</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="55"/>
        <source>euc_dist above the maximum ({:g})</source>
        <translation>euc_dist superior al máximo ({:g})</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="56"/>
        <source>least-cost path passes through core {}</source>
        <translation>la ruta de menor costo pasa por el área núcleo {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="56"/>
        <source>Least-cost corridors</source>
        <translation>Corredores de menor costo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="59"/>
        <source>&lt;p&gt;Maps least-cost corridors between core areas (protected areas, habitat cores) and the links of the network, the way Linkage Mapper&apos;s Linkage Pathways does (McRae and Kavanagh 2011).&lt;/p&gt;&lt;p&gt;For every core a cost-weighted distance (CWD) map is computed. A link between cores A and B has cw_dist = the least-cost distance between them (the smallest CWD from A over the cells of B). Its normalized least-cost corridor is NLCC = CWD from A + CWD from B - cw_dist: zero along the least-cost path, growing away from it. The corridor map is the smallest NLCC over the kept links.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell, projected CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Core areas&lt;/b&gt; and &lt;b&gt;Core id field&lt;/b&gt;: polygons, each with its own id.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt;: adjacent cores (their areas touch in the cost-allocation map; Linkage Mapper&apos;s default), all pairs, or each core&apos;s k nearest neighbours by cw_dist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum cw_dist / euc_dist&lt;/b&gt;: drop longer links (0: no limit).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Drop links through other cores&lt;/b&gt;: drop a link whose least-cost path crosses a third core.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Corridor width cut-off&lt;/b&gt;: cells whose NLCC exceeds it (cost units) are left out (0: none).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt; output: least-cost paths with from_core, to_core, cw_dist, euc_dist (edge to edge), lcp_length, cwd_to_euc, cwd_to_path, kept and the reason a link was dropped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cartografía los corredores de menor costo entre áreas núcleo (áreas protegidas, núcleos de hábitat) y los enlaces de la red, como lo hace Linkage Pathways de Linkage Mapper (McRae y Kavanagh 2011).&lt;/p&gt;&lt;p&gt;Para cada área núcleo se calcula un mapa de distancia ponderada por costo (CWD, costo acumulado). Un enlace entre las áreas núcleo A y B tiene cw_dist = la distancia de menor costo entre ellas (la menor CWD desde A sobre las celdas de B). Su corredor de menor costo normalizado es NLCC = CWD desde A + CWD desde B - cw_dist: cero a lo largo de la ruta de menor costo y creciente al alejarse de ella. El mapa de corredores es el menor NLCC sobre los enlaces conservados.&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Superficie de resistencia&lt;/b&gt;: resistencia positiva por celda, SRC proyectado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Áreas núcleo&lt;/b&gt; y &lt;b&gt;Campo de identificador de las áreas núcleo&lt;/b&gt;: polígonos, cada uno con su propio identificador.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Enlaces&lt;/b&gt;: áreas núcleo adyacentes (sus zonas se tocan en el mapa de asignación de costo; la opción por defecto de Linkage Mapper), todos los pares, o los k vecinos más cercanos de cada área núcleo según cw_dist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;cw_dist / euc_dist máxima&lt;/b&gt;: descarta los enlaces más largos (0: sin límite).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Descartar enlaces cuya ruta cruza otra área núcleo&lt;/b&gt;: descarta un enlace cuya ruta de menor costo cruza una tercera área núcleo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Umbral de ancho del corredor&lt;/b&gt;: se excluyen las celdas cuyo NLCC lo supera (en unidades de costo) (0: ninguno).&lt;/p&gt;&lt;p&gt;Salida &lt;b&gt;Enlaces&lt;/b&gt;: rutas de menor costo con from_core, to_core, cw_dist, euc_dist (de borde a borde), lcp_length, cwd_to_euc, cwd_to_path, kept y reason (el motivo por el que se descartó un enlace).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="210"/>
        <source>Resistance surface</source>
        <translation>Superficie de resistencia</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="36"/>
        <source>Core areas</source>
        <translation>Áreas núcleo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="37"/>
        <source>Core id field</source>
        <translation>Campo de identificador de las áreas núcleo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="45"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="82"/>
        <source>Adjacent cores (cost allocation)</source>
        <translation>Áreas núcleo adyacentes (asignación de costo)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="82"/>
        <source>All pairs</source>
        <translation>Todos los pares</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="82"/>
        <source>k nearest neighbours</source>
        <translation>k vecinos más cercanos</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="90"/>
        <source>k (nearest neighbours)</source>
        <translation>k (vecinos más cercanos)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="95"/>
        <source>Maximum cw_dist (0: none)</source>
        <translation>cw_dist máxima (0: ninguna)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="100"/>
        <source>Maximum euc_dist, map units (0: none)</source>
        <translation>euc_dist máxima, unidades de mapa (0: ninguna)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="109"/>
        <source>Drop links whose path crosses another core</source>
        <translation>Descartar enlaces cuya ruta cruza otra área núcleo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="114"/>
        <source>Corridor width cut-off, cost units (0: none)</source>
        <translation>Umbral de ancho del corredor, unidades de costo (0: ninguno)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="50"/>
        <source>Connect 4 neighbours only</source>
        <translation>Conectar solo con 4 vecinos</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="126"/>
        <source>Write 64-bit floating-point rasters (full precision)</source>
        <translation>Escribir rásteres de coma flotante de 64 bits (precisión completa)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="133"/>
        <source>Corridors</source>
        <translation>Corredores</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="135"/>
        <source>Links kept</source>
        <translation>Enlaces conservados</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="136"/>
        <source>Links dropped</source>
        <translation>Enlaces descartados</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="148"/>
        <source>The per-core cost distances are kept on disk in {}.</source>
        <translation>Las distancias de costo de cada área núcleo se guardan en disco en {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="128"/>
        <source>core areas</source>
        <translation>áreas núcleo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="176"/>
        <source>Grid: {}; {} core areas.</source>
        <translation>Cuadrícula: {}; {} áreas núcleo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="220"/>
        <source>{} candidate link(s): {} kept, {} dropped.</source>
        <translation>{} enlace(s) candidato(s): {} conservado(s), {} descartado(s).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="235"/>
        <source>Shortest</source>
        <translation>más corto</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="235"/>
        <source>Longest</source>
        <translation>más largo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="236"/>
        <source>{} corridor: {} - {}, cw_dist {:,.1f}, path length {:,.0f}.</source>
        <translation>Corredor {}: {} - {}, cw_dist {:,.1f}, longitud de la ruta {:,.0f}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="242"/>
        <source>The cores fall into {} groups that cannot reach each other: {}.</source>
        <translation>Las áreas núcleo forman {} grupos que no pueden alcanzarse entre sí: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="45"/>
        <source>Source feature(s) {} have no value in the id field {}.</source>
        <translation>Los objetos de fuente {} no tienen valor en el campo de identificador {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="135"/>
        <source>Cost distance</source>
        <translation>Distancia de costo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="76"/>
        <source>&lt;p&gt;Accumulated cost (cost-weighted distance) from the source features over a resistance surface, and optionally which source each cell is cheapest to reach from (allocation).&lt;/p&gt;&lt;p&gt;Moving between neighbouring cells a and b costs (resistance of a + resistance of b) / 2 times the distance between their centres: the definition of Circuitscape, Linkage Mapper (ArcGIS Cost Distance) and scikit-image MCP_Geometric. NoData cells cannot be crossed. The search is an exact Dijkstra shortest-path search.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell in a projected CRS (metres).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: points, lines or polygons; polygons take the cells whose centre lies inside, lines every cell they touch. Layers in another CRS are reprojected on the fly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source id field&lt;/b&gt;: features with the same id form one source; the allocation raster holds these ids (text ids are numbered 1..n, the log lists the numbers). Without it, every feature is a source of its own, labelled by its feature id.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect 4 neighbours only&lt;/b&gt;: orthogonal moves only (default: 8 neighbours).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum cost&lt;/b&gt;: cells beyond it are left NoData (faster on large rasters).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Write 64-bit floating-point rasters&lt;/b&gt;: full precision instead of Float32 (twice the size).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cost distance&lt;/b&gt;: Float32 raster of accumulated cost, NoData where unreachable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Allocation&lt;/b&gt;: Int32 raster of the nearest source&apos;s id.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Costo acumulado (distancia ponderada por costo) desde los objetos de fuente sobre una superficie de resistencia y, opcionalmente, la fuente desde la que cada celda se alcanza con menor costo (asignación).&lt;/p&gt;&lt;p&gt;Moverse entre las celdas vecinas a y b cuesta (resistencia de a + resistencia de b) / 2 multiplicado por la distancia entre sus centros: la definición de Circuitscape, Linkage Mapper (Cost Distance de ArcGIS) y MCP_Geometric de scikit-image. Las celdas NoData (sin datos) no se pueden atravesar. La búsqueda es un cálculo exacto de ruta más corta con el algoritmo de Dijkstra.&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Superficie de resistencia&lt;/b&gt;: resistencia positiva por celda en un SRC proyectado (metros).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fuentes&lt;/b&gt;: puntos, líneas o polígonos; los polígonos toman las celdas cuyo centro queda dentro y las líneas, todas las celdas que tocan. Las capas en otro SRC se reproyectan al vuelo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Campo de identificador de las fuentes&lt;/b&gt;: los objetos con el mismo identificador forman una sola fuente; el ráster de asignación contiene esos identificadores (los identificadores de texto se numeran de 1 a n y el registro muestra la numeración). Sin este campo, cada objeto es una fuente independiente, identificada por su ID de objeto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conectar solo con 4 vecinos&lt;/b&gt;: solo movimientos ortogonales (por defecto: 8 vecinos).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Costo máximo&lt;/b&gt;: las celdas que lo superan quedan como NoData (más rápido en rásteres grandes).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Escribir rásteres de coma flotante de 64 bits&lt;/b&gt;: precisión completa en lugar de Float32 (el doble de tamaño).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distancia de costo&lt;/b&gt;: ráster Float32 del costo acumulado, NoData donde no se puede alcanzar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Asignación&lt;/b&gt;: ráster Int32 con el identificador de la fuente más cercana.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="98"/>
        <source>Positive resistance per cell, in a projected CRS.</source>
        <translation>Resistencia positiva por celda, en un SRC proyectado.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="104"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="105"/>
        <source>Source id field</source>
        <translation>Campo de identificador de las fuentes</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="115"/>
        <source>Maximum cost (empty: no limit)</source>
        <translation>Costo máximo (vacío: sin límite)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="136"/>
        <source>Allocation (nearest source)</source>
        <translation>Asignación (fuente más cercana)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="152"/>
        <source>The sources layer could not be loaded.</source>
        <translation>No se pudo cargar la capa de fuentes.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="161"/>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="163"/>
        <source>{} source feature(s) lie outside the resistance surface and are ignored.</source>
        <translation>{} objeto(s) de fuente están fuera de la superficie de resistencia y se ignoran.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="169"/>
        <source>No source feature lies on the resistance surface.</source>
        <translation>Ningún objeto de fuente está sobre la superficie de resistencia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="175"/>
        <source>Allocation values: {}</source>
        <translation>Valores de asignación: {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="189"/>
        <source>Grid: {}.</source>
        <translation>Cuadrícula: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="208"/>
        <source>{:,} of {:,} passable cells reached; largest cost {:,.2f}.</source>
        <translation>{:,} de {:,} celdas transitables alcanzadas; costo máximo {:,.2f}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="63"/>
        <source>Least-cost path</source>
        <translation>Ruta de menor costo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="43"/>
        <source>&lt;p&gt;The cheapest route across a resistance surface from a start feature to an end feature, as a line through cell centres with its accumulated cost and its length.&lt;/p&gt;&lt;p&gt;Costs follow the cost-distance definition of Circuitscape, Linkage Mapper and scikit-image MCP_Geometric: (resistance of a + resistance of b) / 2 times the step length. The path leaves the start where it is cheapest and ends in the cheapest cell of the end feature.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell in a projected CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start&lt;/b&gt; and &lt;b&gt;End&lt;/b&gt;: points, lines or polygons; all features of a layer together form the start (or end). Use &quot;Selected features only&quot; to pick one feature.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect 4 neighbours only&lt;/b&gt;: orthogonal moves only (default: 8 neighbours).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Least-cost path&lt;/b&gt;: a line with fields cost (accumulated cost), length (map units) and n_cells.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La ruta más barata a través de una superficie de resistencia desde un objeto de origen hasta un objeto de destino, como una línea que pasa por los centros de las celdas, con su costo acumulado y su longitud.&lt;/p&gt;&lt;p&gt;Los costos siguen la definición de distancia de costo de Circuitscape, Linkage Mapper y MCP_Geometric de scikit-image: (resistencia de a + resistencia de b) / 2 multiplicado por la longitud del paso. La ruta sale del origen por donde resulta más barato y termina en la celda del objeto de destino más barata de alcanzar.&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Superficie de resistencia&lt;/b&gt;: resistencia positiva por celda en un SRC proyectado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Origen&lt;/b&gt; y &lt;b&gt;Destino&lt;/b&gt;: puntos, líneas o polígonos; todos los objetos de una capa forman juntos el origen (o el destino). Use «Objetos seleccionados solamente» para elegir un solo objeto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conectar solo con 4 vecinos&lt;/b&gt;: solo movimientos ortogonales (por defecto: 8 vecinos).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ruta de menor costo&lt;/b&gt;: una línea con los campos cost (costo acumulado), length (unidades de mapa) y n_cells.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="60"/>
        <source>Start</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="61"/>
        <source>End</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="71"/>
        <source>No {} feature lies on the resistance surface.</source>
        <translation>Ningún objeto de la capa «{}» está sobre la superficie de resistencia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="80"/>
        <source>start</source>
        <translation>origen</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="81"/>
        <source>end</source>
        <translation>destino</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="100"/>
        <source>Least-cost path: cost {:,.2f}, length {:,.1f} map units, {} cells.</source>
        <translation>Ruta de menor costo: costo {:,.2f}, longitud {:,.1f} unidades de mapa, {} celdas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/provider.py" line="44"/>
        <source>GPEC Connectivity</source>
        <translation>GPEC Connectivity</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="81"/>
        <source>&lt;p&gt;Builds a resistance surface for one species from a land-cover raster: each land-cover class gets the resistance of a table (or of a bundled training profile), roads, railways and fences are burnt in, and further rasters can be combined. The method is the usual one for Linkage Mapper and Circuitscape (Zeller, McGarigal and Whiteley 2012, Landscape Ecology 27:777-797).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Land cover&lt;/b&gt;: integer classes in a projected CRS; its NoData stays NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Species profile&lt;/b&gt;: a bundled training profile, or &quot;Resistance table&quot; to use your own.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resistance table&lt;/b&gt;: a CSV file or table layer with a class column, a resistance column and optionally a label column. An empty resistance (or NoData) makes a class impassable. Land-cover classes missing from the table stop the algorithm with a list of them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Linear features&lt;/b&gt;: line layers burnt onto the surface. Each feature&apos;s resistance is read from the resistance field when the layer has it, else the fixed value is used; likewise its width (map units). Every cell the feature&apos;s footprint touches is burnt, and lines are made 4-connected, so a barrier never leaks diagonally. &lt;b&gt;Burn mode&lt;/b&gt;: maximum (default: keep the higher of feature and land cover), replace, add or multiply.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Further rasters&lt;/b&gt; (advanced): rasters on exactly the same grid, combined by multiplication, addition or maximum; NoData anywhere gives NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: Float32 GeoTIFF, NoData -9999.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Construye una superficie de resistencia para una especie a partir de un ráster de cobertura del suelo: cada clase de cobertura recibe la resistencia de una tabla (o de un perfil didáctico incluido), se graban carreteras, vías férreas y vallas, y se pueden combinar rásteres adicionales. Es el método habitual para Linkage Mapper y Circuitscape (Zeller, McGarigal y Whiteley 2012, Landscape Ecology 27:777-797).&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Cobertura del suelo&lt;/b&gt;: clases enteras en un SRC proyectado; sus celdas NoData (sin datos) siguen siendo NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Perfil de especie&lt;/b&gt;: un perfil didáctico incluido, o «Tabla de resistencia (abajo)» para usar su propia tabla.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tabla de resistencia&lt;/b&gt;: un archivo CSV o una capa de tabla con una columna de clase, una columna de resistencia y, opcionalmente, una columna de etiqueta. Una resistencia vacía (o NoData) hace que una clase sea infranqueable. Si faltan clases de cobertura en la tabla, el algoritmo se detiene y las enumera.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Objetos lineales&lt;/b&gt;: capas de líneas grabadas en la superficie. La resistencia de cada objeto se lee del campo de resistencia si la capa lo tiene; si no, se usa el valor fijo; lo mismo para su ancho (unidades de mapa). Se graban todas las celdas que toca la huella del objeto, y las líneas se hacen 4-conexas, de modo que una barrera nunca deja pasar en diagonal. &lt;b&gt;Modo de grabado&lt;/b&gt;: maximum (por defecto: conserva la mayor de las resistencias del objeto y de la cobertura), replace (reemplazar), add (sumar) o multiply (multiplicar).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rásteres adicionales&lt;/b&gt; (parámetro avanzado): rásteres exactamente en la misma cuadrícula, combinados por multiplicación (multiply), suma (add) o máximo (maximum); NoData en cualquiera de ellos da NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Superficie de resistencia&lt;/b&gt;: GeoTIFF Float32, NoData -9999.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="103"/>
        <source>Land cover</source>
        <translation>Cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="104"/>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="115"/>
        <source>Species profile</source>
        <translation>Perfil de especie</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="115"/>
        <source>Resistance table (below)</source>
        <translation>Tabla de resistencia (abajo)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="123"/>
        <source>Resistance table (CSV or table layer)</source>
        <translation>Tabla de resistencia (CSV o capa de tabla)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="131"/>
        <source>Class field</source>
        <translation>Campo de clase</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="131"/>
        <source>Resistance field</source>
        <translation>Campo de resistencia</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="131"/>
        <source>Label field (optional)</source>
        <translation>Campo de etiqueta (opcional)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="146"/>
        <source>Linear features (roads, railways, fences)</source>
        <translation>Objetos lineales (carreteras, vías férreas, vallas)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="154"/>
        <source>Resistance field of the linear features</source>
        <translation>Campo de resistencia de los objetos lineales</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="162"/>
        <source>Resistance of linear features without that field</source>
        <translation>Resistencia de los objetos lineales sin ese campo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="171"/>
        <source>Width field of the linear features (map units)</source>
        <translation>Campo de ancho de los objetos lineales (unidades de mapa)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="179"/>
        <source>Width of linear features without that field (0: the line itself)</source>
        <translation>Ancho de los objetos lineales sin ese campo (0: solo la línea)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="188"/>
        <source>Burn mode</source>
        <translation>Modo de grabado</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="193"/>
        <source>Further rasters to combine</source>
        <translation>Rásteres adicionales para combinar</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="200"/>
        <source>Combine further rasters by</source>
        <translation>Combinar los rásteres adicionales mediante</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="219"/>
        <source>Give a resistance table (CSV or table layer) or choose a bundled species profile.</source>
        <translation>Indique una tabla de resistencia (CSV o capa de tabla) o elija un perfil de especie incluido.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="253"/>
        <source>Feature {} of {} has resistance {}; linear features need a positive resistance.</source>
        <translation>El objeto {} de {} tiene resistencia {}; los objetos lineales necesitan una resistencia positiva.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="264"/>
        <source>{}: {} feature(s) to burn.</source>
        <translation>{}: {} objeto(s) para grabar.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="286"/>
        <source>The land-cover raster could not be loaded.</source>
        <translation>No se pudo cargar el ráster de cobertura del suelo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="287"/>
        <source>land-cover raster</source>
        <translation>ráster de cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="290"/>
        <source>further raster</source>
        <translation>ráster adicional</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="297"/>
        <source>Every cell of the land-cover raster {} is NoData.</source>
        <translation>Todas las celdas del ráster de cobertura del suelo {} son NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="300"/>
        <source>Resistance table: {}.</source>
        <translation>Tabla de resistencia: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="305"/>
        <source>cells</source>
        <translation>celdas</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="322"/>
        <source>{:,} cells burnt with the linear features ({}).</source>
        <translation>{:,} celdas grabadas con los objetos lineales (modo: {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="330"/>
        <source>Combined with {} raster(s) by {}.</source>
        <translation>Superficie combinada con {} ráster(es) adicional(es) (método: {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="332"/>
        <source>The resistance surface would be NoData everywhere.</source>
        <translation>La superficie de resistencia sería NoData en todas partes.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="335"/>
        <source>Combining the rasters gives {} cell(s) with zero or negative resistance; check the further rasters.</source>
        <translation>La combinación de los rásteres da {} celda(s) con resistencia cero o negativa; revise los rásteres adicionales.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="344"/>
        <source>Resistance from {:g} to {:g}; {:,} NoData cells. Written {} ({}).</source>
        <translation>Resistencia de {:g} a {:g}; {:,} celdas NoData. Archivo escrito: {} ({}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="179"/>
        <source>kept</source>
        <translation>conservados</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="180"/>
        <source>dropped</source>
        <translation>descartados</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/polygons.py" line="52"/>
        <source>The working CRS {} is geographic (degrees). Choose a projected, equal-area CRS in metres, for example the Lambert azimuthal equal-area projection of your country or EPSG:6933.</source>
        <translation>El SRC de trabajo {} es geográfico (grados). Elija un SRC proyectado de igual área en metros, por ejemplo la proyección acimutal equivalente de Lambert de su país o EPSG:6933.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/polygons.py" line="63"/>
        <source>The {} layer ({}) has no coordinate reference system. Assign its CRS (Layer Properties &gt; Source), then run again.</source>
        <translation>La capa «{}» ({}) no tiene sistema de referencia de coordenadas. Asigne su SRC (Propiedades de la capa &gt; Fuente) y vuelva a ejecutar el algoritmo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/polygons.py" line="72"/>
        <source>The {} layer ({}) is in a geographic CRS ({}), measured in degrees, so distances and areas would be wrong. Set the working CRS to a projected, equal-area CRS in metres (for example the Lambert azimuthal equal-area projection of your country, or EPSG:6933), or reproject the layers with Vector &gt; Data Management Tools &gt; Reproject Layer, then run again.</source>
        <translation>La capa «{}» ({}) está en un SRC geográfico ({}), medido en grados, por lo que las distancias y las áreas serían erróneas. Establezca como SRC de trabajo un SRC proyectado de igual área en metros (por ejemplo, la proyección acimutal equivalente de Lambert de su país, o EPSG:6933), o reproyecte las capas con Vectorial &gt; Herramientas de gestión de datos &gt; Reproyectar capa, y vuelva a ejecutar el algoritmo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="120"/>
        <source>{} invalid geometr(ies) of the {} layer were repaired (feature ids {}).</source>
        <translation>Se repararon {} geometría(s) no válida(s) de la capa «{}» (ID de objeto: {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/polygons.py" line="257"/>
        <source>{} node(s) get no cell of the resistance surface (they lie outside it or between cells): positions {}. Use a resistance surface that covers every node.</source>
        <translation>{} nodo(s) no obtienen ninguna celda de la superficie de resistencia (están fuera de ella o entre celdas): posiciones {}. Use una superficie de resistencia que cubra todos los nodos.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/barriers.py" line="65"/>
        <source>The search radius {:g} is smaller than a cell; use a radius of at least one cell.</source>
        <translation>El radio de búsqueda {:g} es menor que una celda; use un radio de al menos una celda.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/barriers.py" line="173"/>
        <source>Search radii must be positive.</source>
        <translation>Los radios de búsqueda deben ser positivos.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="161"/>
        <source>There are no kept links to look for barriers on.</source>
        <translation>No hay enlaces conservados en los que buscar barreras.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/barriers.py" line="180"/>
        <source>The restored resistance must be positive.</source>
        <translation>La resistencia restaurada debe ser positiva.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/centrality.py" line="47"/>
        <source>The link between cores {} and {} has resistance {}; link resistances must be positive numbers.</source>
        <translation>El enlace entre las áreas núcleo {} y {} tiene resistencia {}; las resistencias de los enlaces deben ser números positivos.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/graph.py" line="50"/>
        <source>The conductance surface has {} negative cell(s); conductance must be zero or positive.</source>
        <translation>La superficie de conductancia tiene {} celda(s) negativa(s); la conductancia debe ser cero o positiva.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/graph.py" line="109"/>
        <source>The short-circuit regions must be on the grid of the resistance surface.</source>
        <translation>Las regiones de cortocircuito deben estar en la cuadrícula de la superficie de resistencia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/solver.py" line="68"/>
        <source>The AMG solver needs the Python package pyamg (see the README).</source>
        <translation>El solucionador AMG necesita el paquete de Python pyamg (consulte el README).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/solver.py" line="120"/>
        <source>The linear solver did not converge ({} iterations). Check the resistance surface for extreme values.</source>
        <translation>El solucionador lineal no convergió ({} iteraciones). Revise si la superficie de resistencia tiene valores extremos.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/io.py" line="74"/>
        <source>The included-pairs file is empty.</source>
        <translation>El archivo de pares incluidos está vacío.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/io.py" line="95"/>
        <source>The included-pairs file is not in Circuitscape&apos;s format: start with &quot;mode include&quot;, &quot;mode exclude&quot; or &quot;min&quot; and &quot;max&quot; lines.</source>
        <translation>El archivo de pares incluidos no tiene el formato de Circuitscape: debe comenzar con líneas «mode include», «mode exclude» o «min» y «max».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/io.py" line="119"/>
        <source>Line {} of the source strengths file is not &quot;id strength&quot;.</source>
        <translation>La línea {} del archivo de intensidades de fuente no tiene la forma «id strength».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/io.py" line="123"/>
        <source>Source strengths must not be negative (line {}).</source>
        <translation>Las intensidades de fuente no deben ser negativas (línea {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/modes.py" line="152"/>
        <source>Unknown mode {!r}; use one of {}.</source>
        <translation>Modo desconocido: {!r}; valores posibles: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/modes.py" line="157"/>
        <source>Focal cells must lie on the resistance surface.</source>
        <translation>Las celdas focales deben estar sobre la superficie de resistencia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/modes.py" line="161"/>
        <source>The focal regions must be on the grid of the resistance surface.</source>
        <translation>Las regiones focales deben estar en la cuadrícula de la superficie de resistencia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="331"/>
        <source>At least two focal regions are needed; found {}.</source>
        <translation>Se necesitan al menos dos regiones focales; encontradas: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/modes.py" line="174"/>
        <source>Fewer than two focal regions lie on cells that conduct; focal regions entirely on NoData (or zero-conductance) cells: {}.</source>
        <translation>Menos de dos regiones focales están sobre celdas conductoras; regiones focales situadas por completo sobre celdas NoData (o de conductancia cero): {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="69"/>
        <source>The {} areas must be finite and not negative.</source>
        <translation>Las áreas {} deben ser finitas y no negativas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="110"/>
        <source>The reporting unit has no area.</source>
        <translation>La unidad de reporte no tiene área.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="112"/>
        <source>The patches ({:,.6g}) cover more than the reporting unit ({:,.6g}).</source>
        <translation>Los parches ({:,.6g}) cubren más que la unidad de reporte ({:,.6g}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="120"/>
        <source>Give one complete-patch area per patch piece.</source>
        <translation>Indique un área de parche completo por cada fragmento de parche.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="122"/>
        <source>A complete patch is smaller than its piece inside the unit.</source>
        <translation>Un parche completo es menor que su fragmento dentro de la unidad.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="61"/>
        <source>The dispersal distance must be positive (got {}). Give it in map units (metres).</source>
        <translation>La distancia de dispersión debe ser positiva (se recibió {}). Indíquela en unidades de mapa (metros).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="173"/>
        <source>The probability must lie strictly between 0 and 1 (got {}); 0.5 at the median dispersal distance is the usual choice.</source>
        <translation>La probabilidad debe estar estrictamente entre 0 y 1 (se recibió {}); lo habitual es 0.5 a la distancia mediana de dispersión.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="199"/>
        <source>The distance matrix must be square (got shape {}).</source>
        <translation>La matriz de distancias debe ser cuadrada (dimensiones recibidas: {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="217"/>
        <source>The pair lists i, j and d must have the same length.</source>
        <translation>Las listas de pares i, j y d deben tener la misma longitud.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="219"/>
        <source>A pair refers to a node that does not exist.</source>
        <translation>Un par hace referencia a un nodo que no existe.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="221"/>
        <source>A pair joins a node to itself.</source>
        <translation>Un par une un nodo consigo mismo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="229"/>
        <source>A pair of nodes appears twice in the pair list.</source>
        <translation>Un par de nodos aparece dos veces en la lista de pares.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="235"/>
        <source>The distance matrix has shape {} but there are {} nodes.</source>
        <translation>La matriz de distancias tiene dimensiones {}, pero hay {} nodos.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="110"/>
        <source>Distances between nodes must be zero or positive.</source>
        <translation>Las distancias entre nodos deben ser cero o positivas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="272"/>
        <source>{} nodes with {} candidate links need about {} of memory but only {} is available. Set a maximum link distance (pairs farther apart are not linked directly; they still connect through stepping stones), or split the study area, then run again.</source>
        <translation>{} nodos con {} enlaces candidatos necesitan unos {} de memoria, pero solo hay {} disponibles. Establezca una distancia máxima de enlace (los pares más alejados no se enlazan directamente; siguen conectándose a través de elementos de paso) o divida el área de estudio, y vuelva a ejecutar el algoritmo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="290"/>
        <source>Node attributes must be finite numbers (no NULL or NaN).</source>
        <translation>Los atributos de los nodos deben ser números finitos (sin NULL ni NaN).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="292"/>
        <source>Node attributes must be zero or positive ({} negative value(s)).</source>
        <translation>Los atributos de los nodos deben ser cero o positivos ({} valor(es) negativo(s)).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="806"/>
        <source>The landscape area A_L ({:,.6g}) is smaller than the total node attribute ({:,.6g}). A_L is the attribute of a single patch covering the whole study area: give the study-area area (in the attribute&apos;s units).</source>
        <translation>El área del paisaje A_L ({:,.6g}) es menor que el atributo total de los nodos ({:,.6g}). A_L es el atributo de un único parche que cubriera toda el área de estudio: indique la superficie del área de estudio (en las unidades del atributo).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/pinchpoints.py" line="123"/>
        <source>Pinch points need a positive corridor width cut-off (cost units).</source>
        <translation>Los puntos de estrangulamiento necesitan un umbral de ancho del corredor positivo (unidades de costo).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="148"/>
        <source>There are no kept links to map pinch points on.</source>
        <translation>No hay enlaces conservados en los que cartografiar puntos de estrangulamiento.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="102"/>
        <source>The {} distance matrix has shape {} where ({}, {}) is expected.</source>
        <translation>La matriz de distancias {} tiene dimensiones {} y se esperan ({}, {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="175"/>
        <source>Protected areas must have a finite, non-negative area.</source>
        <translation>Las áreas protegidas deben tener una superficie finita y no negativa.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="178"/>
        <source>The region has no area.</source>
        <translation>La región no tiene área.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="182"/>
        <source>The protected area inside the region ({:,.6g}) exceeds the region&apos;s area ({:,.6g}); dissolve overlapping protected areas and clip them to the region first.</source>
        <translation>La superficie protegida dentro de la región ({:,.6g}) supera el área de la región ({:,.6g}); primero disuelva las áreas protegidas superpuestas y recórtelas a la región.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="50"/>
        <source>Barriers to restore</source>
        <translation>Barreras para restaurar</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="53"/>
        <source>&lt;p&gt;Finds the barriers whose restoration would most improve connectivity between core areas, as Linkage Mapper&apos;s Barrier Mapper does (McRae, Hall, Beier and Theobald 2012, PLoS ONE 7(12): e52604).&lt;/p&gt;&lt;p&gt;A circular window of a given radius centred on each cell is imagined restored to the restored resistance. The least-cost path through it costs the smallest cost-weighted distance from one core to the window&apos;s edge, plus the same from the other core, plus the diameter times the restored resistance. The improvement score is how much shorter that is than the link&apos;s least-cost distance, per map unit of window diameter (or raw); the map keeps the largest score over the kept links.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt;: the links layer of Least-cost corridors (kept links), or none to find them here with the corridors&apos; defaults. &lt;b&gt;Radii&lt;/b&gt;: from the minimum to the maximum by the step, in map units (at least one cell). &lt;b&gt;Restored resistance&lt;/b&gt;: 0 means the smallest resistance of the surface. &lt;b&gt;Score per unit of window diameter&lt;/b&gt;: off gives the raw reduction of cost distance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the best score over all radii, the radius that gave it, and optionally one band per radius. Scores are never negative (Linkage Mapper keeps negative values; restoring cannot lengthen a path).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Localiza las barreras cuya restauración mejoraría más la conectividad entre áreas núcleo, como lo hace Barrier Mapper de Linkage Mapper (McRae, Hall, Beier y Theobald 2012, PLoS ONE 7(12): e52604).&lt;/p&gt;&lt;p&gt;Se supone que una ventana circular de un radio dado, centrada en cada celda, se restaura con la resistencia restaurada. La ruta de menor costo que pasa por ella cuesta la menor distancia ponderada por costo desde un área núcleo hasta el borde de la ventana, más lo mismo desde la otra área núcleo, más el diámetro multiplicado por la resistencia restaurada. La puntuación de mejora es cuánto más corta resulta esa ruta que la distancia de menor costo del enlace, por unidad de mapa de diámetro de la ventana (o sin normalizar); el mapa conserva la mayor puntuación sobre los enlaces conservados.&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Enlaces&lt;/b&gt;: la capa de enlaces de Corredores de menor costo (enlaces conservados), o ninguna para encontrarlos aquí con los valores por defecto de los corredores. &lt;b&gt;Radios&lt;/b&gt;: del mínimo al máximo según el incremento, en unidades de mapa (al menos una celda). &lt;b&gt;Resistencia restaurada&lt;/b&gt;: 0 significa la menor resistencia de la superficie. &lt;b&gt;Puntuación por unidad de diámetro de la ventana&lt;/b&gt;: si se desactiva, se obtiene la reducción bruta de la distancia de costo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Salidas&lt;/b&gt;: la mejor puntuación entre todos los radios, el radio que la produjo y, opcionalmente, una banda por radio. Las puntuaciones nunca son negativas (Linkage Mapper conserva los valores negativos; restaurar no puede alargar una ruta).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="77"/>
        <source>Minimum radius (map units)</source>
        <translation>Radio mínimo (unidades de mapa)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="77"/>
        <source>Maximum radius (map units)</source>
        <translation>Radio máximo (unidades de mapa)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="77"/>
        <source>Radius step (map units)</source>
        <translation>Incremento del radio (unidades de mapa)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="83"/>
        <source>Restored resistance (0: smallest of the surface)</source>
        <translation>Resistencia restaurada (0: la menor de la superficie)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="92"/>
        <source>Score per unit of window diameter</source>
        <translation>Puntuación por unidad de diámetro de la ventana</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="98"/>
        <source>Barrier improvement</source>
        <translation>Mejora por restauración de barreras</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="101"/>
        <source>Radius of the best improvement</source>
        <translation>Radio de la mayor mejora</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="104"/>
        <source>Improvement per radius (one band each)</source>
        <translation>Mejora por radio (una banda por radio)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="118"/>
        <source>The radii need 0 &lt; minimum &lt;= maximum; got {:g} and {:g}.</source>
        <translation>Los radios deben cumplir 0 &lt; mínimo &lt;= máximo; se recibieron {:g} y {:g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="122"/>
        <source>The minimum radius ({:g}) must be at least one cell ({:g} map units).</source>
        <translation>El radio mínimo ({:g}) debe ser de al menos una celda ({:g} unidades de mapa).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="128"/>
        <source>The radius step must be above 0.</source>
        <translation>El incremento del radio debe ser mayor que 0.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="131"/>
        <source>That is {} radii; use a larger step (at most 100 radii).</source>
        <translation>Eso da {} radios; use un incremento mayor (100 radios como máximo).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="138"/>
        <source>links</source>
        <translation>enlaces</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="179"/>
        <source>{} link(s), radii {}; restored resistance {:g}.</source>
        <translation>{} enlace(s), radios {}; resistencia restaurada {:g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="188"/>
        <source>Best improvement {:.4g} at ({:.0f}, {:.0f}), radius {:g}.</source>
        <translation>Mayor mejora {:.4g} en ({:.0f}, {:.0f}), radio {:g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="194"/>
        <source>No window improves any link at these radii.</source>
        <translation>Ninguna ventana mejora ningún enlace con estos radios.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/base.py" line="17"/>
        <source>Resistance and cost distance</source>
        <translation>Resistencia y distancia de costo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/base.py" line="19"/>
        <source>Circuit theory</source>
        <translation>Teoría de circuitos</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/base.py" line="20"/>
        <source>Network and protected-area indicators</source>
        <translation>Indicadores de red y de áreas protegidas</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/base.py" line="21"/>
        <source>Landscape fragmentation</source>
        <translation>Fragmentación del paisaje</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="52"/>
        <source>Centrality of cores and links</source>
        <translation>Centralidad de áreas núcleo y enlaces</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="55"/>
        <source>&lt;p&gt;Current-flow centrality of the core areas and links of a corridor network, as Linkage Mapper&apos;s Centrality Mapper computes it (Carroll, McRae and Brookes 2012, Conservation Biology 26:78-87; current-flow betweenness of Brandes and Fleischer 2005). The cores are the nodes of a resistor network whose links have the resistance of a links field; 1 A passes between every pair of cores in turn and the current through each core and link is summed. Cores and links with high centrality hold the network together.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Core areas&lt;/b&gt; and &lt;b&gt;Core id field&lt;/b&gt;: as for the corridors. &lt;b&gt;Links&lt;/b&gt;: the links layer of Least-cost corridors or Pinch points. &lt;b&gt;Link resistance field&lt;/b&gt;: cw_dist (default) or eff_resist. &lt;b&gt;Kept links only&lt;/b&gt;: leave dropped links out of the network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the cores and the links with a field cf_central. A core&apos;s current in one pair counts the ampere that enters or leaves it, as Circuitscape reports node currents.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Centralidad de flujo de corriente de las áreas núcleo y los enlaces de una red de corredores, tal como la calcula Centrality Mapper de Linkage Mapper (Carroll, McRae y Brookes 2012, Conservation Biology 26:78-87; intermediación de flujo de corriente de Brandes y Fleischer 2005). Las áreas núcleo son los nodos de una red de resistencias cuyos enlaces tienen la resistencia de un campo de la capa de enlaces; se hace pasar 1 A entre cada par de áreas núcleo, uno tras otro, y se suma la corriente que atraviesa cada área núcleo y cada enlace. Las áreas núcleo y los enlaces con alta centralidad mantienen unida la red.&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Áreas núcleo&lt;/b&gt; y &lt;b&gt;Campo de identificador de las áreas núcleo&lt;/b&gt;: como para los corredores. &lt;b&gt;Enlaces&lt;/b&gt;: la capa de enlaces de Corredores de menor costo o de Puntos de estrangulamiento. &lt;b&gt;Campo de resistencia de los enlaces&lt;/b&gt;: cw_dist (por defecto) o eff_resist. &lt;b&gt;Solo enlaces conservados&lt;/b&gt;: excluye de la red los enlaces descartados.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Salidas&lt;/b&gt;: las áreas núcleo y los enlaces con un campo cf_central. La corriente de un área núcleo en un par cuenta el amperio que entra en ella o sale de ella, tal como Circuitscape informa las corrientes de los nodos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="78"/>
        <source>Link resistance field</source>
        <translation>Campo de resistencia de los enlaces</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="88"/>
        <source>Kept links only</source>
        <translation>Solo enlaces conservados</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="91"/>
        <source>Cores with centrality</source>
        <translation>Áreas núcleo con centralidad</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="92"/>
        <source>Links with centrality</source>
        <translation>Enlaces con centralidad</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="105"/>
        <source>Each core needs its own id in {}.</source>
        <translation>Cada área núcleo necesita su propio identificador en {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="111"/>
        <source>The links layer has no link to build the network from.</source>
        <translation>La capa de enlaces no tiene ningún enlace con el que construir la red.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="114"/>
        <source>Network of {} cores and {} links, resistance from {}.</source>
        <translation>Red de {} áreas núcleo y {} enlaces, resistencia tomada de {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="143"/>
        <source>Most central core: {} ({:.4g}).</source>
        <translation>Área núcleo más central: {} ({:.4g}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="34"/>
        <source>ProtConn[Within]: inside a protected area</source>
        <translation>ProtConn[Within]: dentro de un área protegida</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="35"/>
        <source>ProtConn[Contig]: between adjoining protected areas</source>
        <translation>ProtConn[Contig]: entre áreas protegidas contiguas</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="36"/>
        <source>ProtConn[Trans]: via protected areas across the border</source>
        <translation>ProtConn[Trans]: a través de áreas protegidas al otro lado de la frontera</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="37"/>
        <source>ProtConn[Unprot]: across unprotected land</source>
        <translation>ProtConn[Unprot]: a través de superficie no protegida</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="38"/>
        <source>ProtUnconn: protected but not connected</source>
        <translation>ProtUnconn: superficie protegida pero no conectada</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="45"/>
        <source>{:g} km</source>
        <translation>{:g} km</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="46"/>
        <source>{:g} m</source>
        <translation>{:g} m</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="81"/>
        <source>Protected connected land (ProtConn) by median dispersal distance, % of the region&apos;s area</source>
        <translation>Superficie protegida y conectada (ProtConn) según la distancia mediana de dispersión, % del área de la región</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="145"/>
        <source>Prot {:.1f} %</source>
        <translation>Prot {:.1f} %</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="150"/>
        <source>ProtConn {:.1f} %</source>
        <translation>ProtConn {:.1f} %</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="163"/>
        <source>Median dispersal distance</source>
        <translation>Distancia mediana de dispersión</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="193"/>
        <source>GBF Target 3 (30 %)</source>
        <translation>Meta 3 del MMB (30 %)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="193"/>
        <source>Aichi Target 11 (17 %)</source>
        <translation>Meta 11 de Aichi (17 %)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="163"/>
        <source>{} feature(s) of the {} layer lie outside the resistance surface and are ignored.</source>
        <translation>{} objeto(s) de la capa «{}» están fuera de la superficie de resistencia y se ignoran.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="182"/>
        <source>Focal points of different ids share a cell ({}); they are 0 apart.</source>
        <translation>Puntos focales con identificadores distintos comparten una celda ({}); su distancia es 0.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="190"/>
        <source>Focal regions of different ids overlap ({}). Each cell can belong to one focal region only: merge or separate them.</source>
        <translation>Regiones focales con identificadores distintos se superponen ({}). Cada celda solo puede pertenecer a una región focal: únalas o sepárelas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="207"/>
        <source>A feature could not be written: {}</source>
        <translation>No se pudo escribir un objeto: {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="45"/>
        <source>Links (from Least-cost corridors; optional)</source>
        <translation>Enlaces (de Corredores de menor costo; opcional)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="55"/>
        <source>Average resistances instead of conductances</source>
        <translation>Promediar resistencias en lugar de conductancias</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="68"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="69"/>
        <source>Direct factorisation</source>
        <translation>Factorización directa</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="70"/>
        <source>Multigrid (pyamg)</source>
        <translation>Multimalla (pyamg)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="71"/>
        <source>Conjugate gradients (Jacobi)</source>
        <translation>Gradientes conjugados (Jacobi)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="73"/>
        <source>Solver</source>
        <translation>Solucionador</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="89"/>
        <source>Edge to edge</source>
        <translation>De borde a borde</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="89"/>
        <source>Centroid to centroid</source>
        <translation>De centroide a centroide</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="89"/>
        <source>Least-cost (resistance surface)</source>
        <translation>De menor costo (superficie de resistencia)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="101"/>
        <source>Distance type</source>
        <translation>Tipo de distancia</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="102"/>
        <source>Resistance surface (least-cost distances)</source>
        <translation>Superficie de resistencia (distancias de menor costo)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="110"/>
        <source>Working CRS (projected, equal-area)</source>
        <translation>SRC de trabajo (proyectado, de igual área)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="226"/>
        <source>Least-cost distances need a resistance surface: choose one, or another distance type.</source>
        <translation>Las distancias de menor costo necesitan una superficie de resistencia: elija una, u otro tipo de distancia.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="232"/>
        <source>The resistance surface is in {} but the analysis runs in {}. Reproject the raster (Raster &gt; Projections &gt; Warp) or set the working CRS to the raster&apos;s CRS.</source>
        <translation>La superficie de resistencia está en {}, pero el análisis se ejecuta en {}. Reproyecte el ráster (Ráster &gt; Proyecciones &gt; Combar (reproyectar)) o establezca como SRC de trabajo el SRC del ráster.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="56"/>
        <source>The {} raster ({}) must hold whole-number ids.</source>
        <translation>El ráster de {} ({}) debe contener identificadores enteros.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="61"/>
        <source>{} cell(s) of the {} raster hold negative ids and are ignored.</source>
        <translation>{} celda(s) del ráster de {} contienen identificadores negativos y se ignoran.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="112"/>
        <source>Current flow (Circuitscape)</source>
        <translation>Flujo de corriente (Circuitscape)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="115"/>
        <source>&lt;p&gt;Circuit-theory connectivity (McRae et al. 2008, Ecology 89:2712-2724) with the conventions of Circuitscape&apos;s raster modes: effective resistance between focal regions and the cumulative current density map that shows where movement is funnelled.&lt;/p&gt;&lt;p&gt;Every cell is a node; neighbouring cells are joined by the mean of their conductances (or, with &lt;b&gt;Average resistances&lt;/b&gt;, the inverse of their mean resistance), diagonal links divided by sqrt(2). Cells sharing a focal id form one focal region; cells of a short-circuit region are one node. NoData and zero-conductance cells are no nodes. Pairs in different connected components are reported as not connected (an empty value).&lt;/p&gt;&lt;h3&gt;Modes&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Pairwise&lt;/b&gt;: 1 A between every pair of focal regions; a focal region is short-circuited only while its own pair is solved. &lt;b&gt;One-to-all&lt;/b&gt;: 1 A into each focal region in turn, all the others grounded. &lt;b&gt;All-to-one&lt;/b&gt;: each focal region in turn grounded, 1 A into every other one.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt; (or conductance with &lt;b&gt;Values are conductances&lt;/b&gt;): positive values; projected CRS. &lt;b&gt;Focal regions&lt;/b&gt;: a raster of whole-number ids (0 and NoData: none) or a point / polygon layer with an id field (features with the same id are one region). &lt;b&gt;Short-circuit regions&lt;/b&gt;: optional raster of ids on the same grid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solver&lt;/b&gt;: automatic (direct factorisation for small rasters, pyamg&apos;s algebraic multigrid when it is installed, else direct), or forced; the log says which ran.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: cumulative current density (Float32), effective resistances as CSV (pairwise: from_id,to_id,resistance; other modes: id,resistance), optionally the voltage of every run (one band per focal region) and a current map per pair (GeoTIFFs in a folder).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Conectividad según la teoría de circuitos (McRae et al. 2008, Ecology 89:2712-2724) con las convenciones de los modos ráster de Circuitscape: resistencia efectiva entre regiones focales y mapa de densidad de corriente acumulada, que muestra dónde se canaliza el movimiento.&lt;/p&gt;&lt;p&gt;Cada celda es un nodo; las celdas vecinas se unen con la media de sus conductancias (o, con &lt;b&gt;Promediar resistencias&lt;/b&gt;, el inverso de su resistencia media), y los enlaces diagonales se dividen por sqrt(2). Las celdas que comparten un identificador focal forman una región focal; las celdas de una región de cortocircuito son un solo nodo. Las celdas NoData y las de conductancia cero no son nodos. Los pares situados en componentes conexos distintos se informan como no conectados (valor vacío).&lt;/p&gt;&lt;h3&gt;Modos&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Por pares&lt;/b&gt;: 1 A entre cada par de regiones focales; una región focal solo se cortocircuita mientras se resuelve su propio par. &lt;b&gt;Uno a todos&lt;/b&gt;: se inyecta 1 A en cada región focal por turno, con todas las demás conectadas a tierra. &lt;b&gt;Todos a uno&lt;/b&gt;: cada región focal, por turno, se conecta a tierra y se inyecta 1 A en cada una de las demás.&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Superficie de resistencia&lt;/b&gt; (o de conductancia con &lt;b&gt;Los valores son conductancias&lt;/b&gt;): valores positivos; SRC proyectado. &lt;b&gt;Regiones focales&lt;/b&gt;: un ráster de identificadores enteros (0 y NoData: ninguna) o una capa de puntos o polígonos con un campo de identificador (los objetos con el mismo identificador forman una sola región). &lt;b&gt;Regiones de cortocircuito&lt;/b&gt;: ráster opcional de identificadores en la misma cuadrícula.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solucionador&lt;/b&gt;: automático (factorización directa para rásteres pequeños, multimalla algebraica de pyamg si está instalado y, si no, directo) o forzado; el registro indica cuál se usó.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Salidas&lt;/b&gt;: densidad de corriente acumulada (Float32), resistencias efectivas en CSV (por pares: from_id,to_id,resistance; otros modos: id,resistance), opcionalmente el voltaje de cada ejecución (una banda por región focal) y un mapa de corriente por par (GeoTIFF en una carpeta).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="142"/>
        <source>Values are conductances</source>
        <translation>Los valores son conductancias</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="147"/>
        <source>Focal regions (raster of ids)</source>
        <translation>Regiones focales (ráster de identificadores)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="152"/>
        <source>Focal regions (points or polygons)</source>
        <translation>Regiones focales (puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="157"/>
        <source>Focal region id field</source>
        <translation>Campo de identificador de las regiones focales</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="166"/>
        <source>Short-circuit regions (raster of ids)</source>
        <translation>Regiones de cortocircuito (ráster de identificadores)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="171"/>
        <source>Mask (cells &lt;= 0 or NoData are removed)</source>
        <translation>Máscara (se eliminan las celdas &lt;= 0 o NoData)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="178"/>
        <source>Included pairs (Circuitscape file)</source>
        <translation>Pares incluidos (archivo de Circuitscape)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="188"/>
        <source>Source strengths (Circuitscape file: id strength)</source>
        <translation>Intensidades de fuente (archivo de Circuitscape: id strength)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="198"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="198"/>
        <source>Pairwise</source>
        <translation>Por pares</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="198"/>
        <source>One-to-all</source>
        <translation>Uno a todos</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="198"/>
        <source>All-to-one</source>
        <translation>Todos a uno</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="209"/>
        <source>Tolerance of iterative solvers</source>
        <translation>Tolerancia de los solucionadores iterativos</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="221"/>
        <source>Cumulative current</source>
        <translation>Corriente acumulada</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="224"/>
        <source>Effective resistances</source>
        <translation>Resistencias efectivas</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="224"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="229"/>
        <source>Voltages (one-to-all and all-to-one)</source>
        <translation>Voltajes (uno a todos y todos a uno)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="237"/>
        <source>Current map of every pair or run (folder)</source>
        <translation>Mapa de corriente de cada par o ejecución (carpeta)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="245"/>
        <source>Solver used</source>
        <translation>Solucionador usado</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="246"/>
        <source>Pairs or runs not connected</source>
        <translation>Pares o ejecuciones sin conexión</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="253"/>
        <source>Give the focal regions as a raster or as a layer, not both.</source>
        <translation>Indique las regiones focales como ráster o como capa, no de ambas formas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="273"/>
        <source>focal regions</source>
        <translation>regiones focales</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="269"/>
        <source>Give the focal regions (a raster of ids or a point/polygon layer).</source>
        <translation>Indique las regiones focales (un ráster de identificadores o una capa de puntos o polígonos).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="272"/>
        <source>focal regions raster</source>
        <translation>ráster de regiones focales</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="323"/>
        <source>short-circuit regions raster</source>
        <translation>ráster de regiones de cortocircuito</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="326"/>
        <source>mask</source>
        <translation>máscara</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="336"/>
        <source>short-circuit</source>
        <translation>regiones de cortocircuito</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="342"/>
        <source>The mask removes {:,} cells.</source>
        <translation>La máscara elimina {:,} celdas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="410"/>
        <source>Solver: {}; {} linear solve(s).</source>
        <translation>Solucionador: {}; {} sistema(s) lineal(es) resuelto(s).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="412"/>
        <source>Focal region(s) {} lie entirely on NoData cells and are reported as not connected.</source>
        <translation>Las regiones focales {} están por completo sobre celdas NoData y se informan como no conectadas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="427"/>
        <source>Effective resistance from {:.6g} to {:.6g}.</source>
        <translation>Resistencia efectiva de {:.6g} a {:.6g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="98"/>
        <source>The {} layer has no field {}; use the links written by the corridors algorithm.</source>
        <translation>La capa «{}» no tiene el campo {}; use los enlaces generados por el algoritmo de corredores.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="115"/>
        <source>The {} layer names cores the core layer does not have: {}. Use the same core layer and id field as for the corridors.</source>
        <translation>La capa «{}» menciona áreas núcleo que no están en la capa de áreas núcleo: {}. Use la misma capa de áreas núcleo y el mismo campo de identificador que para los corredores.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="63"/>
        <source>Effective mesh size (landscape fragmentation)</source>
        <translation>Tamaño efectivo de malla (fragmentación del paisaje)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="66"/>
        <source>&lt;p&gt;How much roads, railways, fences, built-up land or rivers fragment the landscape, per reporting unit: the effective mesh size m_eff of Jaeger (2000), the expected area reachable from a random point without crossing a barrier, with the cross-boundary connections (CBC) procedure of Moser et al. (2007).&lt;/p&gt;&lt;p&gt;The barriers, widened to their width, are cut out of the units; the remaining connected pieces are the patches. Cutting-out: m_eff = sum A_i^2 / A_total, the patches clipped at the unit&apos;s boundary. CBC: m_eff = sum A_i A_i_cmpl / A_total, each piece weighted by the area of its complete patch across the unit&apos;s boundary (within all units together). A_total is the whole unit, barriers included.&lt;/p&gt;&lt;p&gt;Table (areas in km2): unit, area, meff, seff (effective mesh density, meshes per 1000 km2 = 1000 / meff), neff (effective mesh number = area / meff), patches; with a proposed barrier layer also meff_after, seff_after and meff_change_pct.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Barriers&lt;/b&gt;: one or more line, polygon or point layers. Lines and points are widened to the &lt;b&gt;Barrier width&lt;/b&gt; (map units); a feature&apos;s value in the &lt;b&gt;width field&lt;/b&gt; (e.g. width_m) overrides it, and widens polygons by half of it on each side (polygons are otherwise used as they are). Lines without width still cut the land (they are drawn 1 cm wide).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cuánto fragmentan el paisaje las carreteras, vías férreas, vallas, zonas urbanizadas o ríos, por unidad de reporte: el tamaño efectivo de malla m_eff de Jaeger (2000), es decir, el área que se espera poder alcanzar desde un punto aleatorio sin cruzar ninguna barrera, con el procedimiento de conexiones a través de los límites (CBC) de Moser et al. (2007).&lt;/p&gt;&lt;p&gt;Las barreras, ensanchadas según su ancho, se recortan de las unidades; los fragmentos conexos restantes son los parches. Recorte (CUT): m_eff = sum A_i^2 / A_total, con los parches recortados en el límite de la unidad. CBC: m_eff = sum A_i A_i_cmpl / A_total, cada fragmento ponderado por el área de su parche completo más allá del límite de la unidad (dentro del conjunto de todas las unidades). A_total es la unidad completa, barreras incluidas.&lt;/p&gt;&lt;p&gt;Tabla (áreas en km2): unit, area, meff, seff (densidad efectiva de malla, mallas por 1000 km2 = 1000 / meff), neff (número efectivo de mallas = area / meff), patches; con una capa de barreras propuestas, también meff_after, seff_after y meff_change_pct.&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Barreras&lt;/b&gt;: una o más capas de líneas, polígonos o puntos. Las líneas y los puntos se ensanchan según el &lt;b&gt;Ancho de las barreras&lt;/b&gt; (unidades de mapa); el valor de un objeto en el &lt;b&gt;campo de ancho&lt;/b&gt; (p. ej., width_m) lo reemplaza, y ensancha los polígonos en la mitad de ese valor a cada lado (si no, los polígonos se usan tal cual). Las líneas sin ancho también cortan el terreno (se trazan con 1 cm de ancho).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="86"/>
        <source>Reporting units</source>
        <translation>Unidades de reporte</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="86"/>
        <source>Unit name field</source>
        <translation>Campo de nombre de la unidad</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="90"/>
        <source>Barriers</source>
        <translation>Barreras</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="93"/>
        <source>Barrier width (map units)</source>
        <translation>Ancho de las barreras (unidades de mapa)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="98"/>
        <source>Barrier width field (overrides the width)</source>
        <translation>Campo de ancho de las barreras (reemplaza el ancho)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="98"/>
        <source>Name of a numeric field holding each barrier&apos;s width in map units, e.g. width_m.</source>
        <translation>Nombre de un campo numérico con el ancho de cada barrera en unidades de mapa, p. ej., width_m.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="109"/>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="109"/>
        <source>Cutting-out (CUT)</source>
        <translation>Recorte (CUT)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="109"/>
        <source>Cross-boundary connections (CBC)</source>
        <translation>Conexiones a través de los límites (CBC)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="117"/>
        <source>Proposed barriers (before/after)</source>
        <translation>Barreras propuestas (antes/después)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="123"/>
        <source>Effective mesh size</source>
        <translation>Tamaño efectivo de malla</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="141"/>
        <source>reporting units</source>
        <translation>unidades de reporte</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="144"/>
        <source>Choose at least one barrier layer.</source>
        <translation>Elija al menos una capa de barreras.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="155"/>
        <source>The barrier layer {} has no features.</source>
        <translation>La capa de barreras {} no tiene objetos.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="164"/>
        <source>{} barrier features; merging their footprints...</source>
        <translation>{} objetos de barrera; uniendo sus huellas...</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="172"/>
        <source>proposed barriers</source>
        <translation>barreras propuestas</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="180"/>
        <source>The proposed barrier layer has no features; the after columns equal before.</source>
        <translation>La capa de barreras propuestas no tiene objetos; las columnas _after son iguales a los valores iniciales.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="212"/>
        <source>{}: m_eff {:,.2f} km2 -&gt; {:,.2f} km2 ({:+.1f} %).</source>
        <translation>{}: m_eff {:,.2f} km2 -&gt; {:,.2f} km2 ({:+.1f} %).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="217"/>
        <source>{}: m_eff {:,.2f} km2, s_eff {:.3f} per 1000 km2.</source>
        <translation>{}: m_eff {:,.2f} km2, s_eff {:.3f} por 1000 km2.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="118"/>
        <source>Habitat network indices (PC, IIC, ECA, dPC)</source>
        <translation>Índices de red de hábitat (PC, IIC, ECA, dPC)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="153"/>
        <source>Patches</source>
        <translation>Parches</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="153"/>
        <source>Habitat patches or protected areas (polygons); each feature is one node.</source>
        <translation>Parches de hábitat o áreas protegidas (polígonos); cada objeto es un nodo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="159"/>
        <source>Patch id field (labels the links; empty: feature id)</source>
        <translation>Campo de identificador de los parches (etiqueta los enlaces; vacío: ID de objeto)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="168"/>
        <source>Attribute field (empty: area in m2)</source>
        <translation>Campo de atributo (vacío: área en m2)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="168"/>
        <source>Node attribute a_i, e.g. a quality-weighted area. Empty: the patch area.</source>
        <translation>Atributo a_i del nodo, p. ej., un área ponderada por calidad. Vacío: el área del parche.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="182"/>
        <source>Dispersal distance (map units)</source>
        <translation>Distancia de dispersión (unidades de mapa)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="182"/>
        <source>The distance at which the direct probability equals Probability (the median dispersal distance for 0.5); also the threshold of IIC&apos;s binary links.</source>
        <translation>La distancia a la que la probabilidad directa es igual a Probabilidad (la distancia mediana de dispersión para 0.5); también es el umbral de los enlaces binarios del IIC.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="146"/>
        <source>Probability at that distance</source>
        <translation>Probabilidad a esa distancia</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="214"/>
        <source>Maximum link distance (0: none)</source>
        <translation>Distancia máxima de enlace (0: ninguna)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="223"/>
        <source>Landscape area A_L, m2 (0: study area or total)</source>
        <translation>Área del paisaje A_L, m2 (0: área de estudio o total)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="232"/>
        <source>Study area (for A_L)</source>
        <translation>Área de estudio (para A_L)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="237"/>
        <source>Distances and areas are computed in this CRS; empty: the CRS of the patches.</source>
        <translation>Las distancias y las áreas se calculan en este SRC; vacío: el SRC de los parches.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="242"/>
        <source>Tolerance of the importance values</source>
        <translation>Tolerancia de los valores de importancia</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="242"/>
        <source>Pairs of patches so improbable that together they could change no dPC by more than 100 x tolerance percentage points are left out of the stepping-stone search. 0: exact.</source>
        <translation>Los pares de parches tan improbables que, en conjunto, no podrían cambiar ningún dPC en más de 100 x tolerancia puntos porcentuales se excluyen de la búsqueda de elementos de paso. 0: exacto.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="259"/>
        <source>Nodes with importance</source>
        <translation>Nodos con importancia</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="265"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="270"/>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="270"/>
        <source>IIC</source>
        <translation>IIC</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="270"/>
        <source>ECA (PC)</source>
        <translation>ECA (PC)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="270"/>
        <source>ECA (IIC)</source>
        <translation>ECA (IIC)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="270"/>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="308"/>
        <source>patches</source>
        <translation>parches</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="313"/>
        <source>area (m2)</source>
        <translation>área (m2)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="369"/>
        <source>{} patch(es) have no value in the attribute field {} (feature ids {}). Fill them in.</source>
        <translation>{} parche(s) no tienen valor en el campo de atributo {} (ID de objeto: {}). Complételos.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="386"/>
        <source>study area</source>
        <translation>área de estudio</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="481"/>
        <source>PC = {:.6g}, ECA(PC) = {:,.6g}; IIC = {:.6g}, ECA(IIC) = {:,.6g}; {} component(s).</source>
        <translation>PC = {:.6g}, ECA(PC) = {:,.6g}; IIC = {:.6g}, ECA(IIC) = {:,.6g}; {} componente(s).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="487"/>
        <source>{:,} links were written; set a maximum link distance for a lighter link layer.</source>
        <translation>Se escribieron {:,} enlaces; establezca una distancia máxima de enlace para obtener una capa de enlaces más ligera.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="496"/>
        <source>Most important patches (dPC): {}.</source>
        <translation>Parches más importantes (dPC): {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="105"/>
        <source>Pinch points</source>
        <translation>Puntos de estrangulamiento</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="64"/>
        <source>&lt;p&gt;Where movement is funnelled inside least-cost corridors, as Linkage Mapper&apos;s Pinchpoint Mapper maps it (McRae 2012; circuit theory of McRae et al. 2008). For every kept link, the corridor is truncated where its normalized least-cost corridor exceeds the width cut-off, and Circuitscape&apos;s pairwise current flows between the link&apos;s two cores inside it (each core one short-circuited focal region). The current maps of all links are combined by their maximum; each link&apos;s own cores are left NoData.&lt;/p&gt;&lt;p&gt;The links table gains eff_resist (the link&apos;s effective resistance times the cell size, comparable with cw_dist, as Linkage Mapper reports it) and cwd_to_eff_resist = cw_dist / eff_resist: about 1 for a single narrow route, higher when the corridor offers many alternative routes (its effective resistance is then far below cw_dist).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;, &lt;b&gt;Core areas&lt;/b&gt; and &lt;b&gt;Core id field&lt;/b&gt;: as for the corridors. &lt;b&gt;Links&lt;/b&gt;: the links layer written by Least-cost corridors (its kept links are used); without it the links are found here with the corridors&apos; defaults (adjacent cores, links through other cores dropped). &lt;b&gt;Corridor width cut-off&lt;/b&gt;: in cost units. &lt;b&gt;All-to-one&lt;/b&gt;: also solve all cores at once in all-to-one mode across the whole truncated corridor network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dónde se canaliza el movimiento dentro de los corredores de menor costo, tal como lo cartografía Pinchpoint Mapper de Linkage Mapper (McRae 2012; teoría de circuitos de McRae et al. 2008). Para cada enlace conservado, el corredor se trunca donde su corredor de menor costo normalizado supera el umbral de ancho, y dentro de él circula la corriente por pares de Circuitscape entre las dos áreas núcleo del enlace (cada área núcleo es una región focal cortocircuitada). Los mapas de corriente de todos los enlaces se combinan por su máximo; las propias áreas núcleo de cada enlace quedan como NoData.&lt;/p&gt;&lt;p&gt;La tabla de enlaces recibe eff_resist (la resistencia efectiva del enlace multiplicada por el tamaño de celda, comparable con cw_dist, tal como la informa Linkage Mapper) y cwd_to_eff_resist = cw_dist / eff_resist: alrededor de 1 para una única ruta estrecha, y mayor cuando el corredor ofrece muchas rutas alternativas (su resistencia efectiva queda entonces muy por debajo de cw_dist).&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Superficie de resistencia&lt;/b&gt;, &lt;b&gt;Áreas núcleo&lt;/b&gt; y &lt;b&gt;Campo de identificador de las áreas núcleo&lt;/b&gt;: como para los corredores. &lt;b&gt;Enlaces&lt;/b&gt;: la capa de enlaces generada por Corredores de menor costo (se usan sus enlaces conservados); sin ella, los enlaces se buscan aquí con los valores por defecto de los corredores (áreas núcleo adyacentes, descartando los enlaces que cruzan otras áreas núcleo). &lt;b&gt;Umbral de ancho del corredor&lt;/b&gt;: en unidades de costo. &lt;b&gt;Todos a uno&lt;/b&gt;: resuelve además todas las áreas núcleo a la vez, en modo todos a uno, sobre toda la red de corredores truncada.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="88"/>
        <source>Corridor width cut-off, cost units</source>
        <translation>Umbral de ancho del corredor, unidades de costo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="97"/>
        <source>Also solve all cores at once (all-to-one)</source>
        <translation>Resolver también todas las áreas núcleo a la vez (todos a uno)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="108"/>
        <source>Links with effective resistance</source>
        <translation>Enlaces con resistencia efectiva</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="111"/>
        <source>All-to-one current</source>
        <translation>Corriente todos a uno</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="133"/>
        <source>Set a corridor width cut-off (cost units) above 0.</source>
        <translation>Establezca un umbral de ancho del corredor (unidades de costo) mayor que 0.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="149"/>
        <source>{} kept link(s); corridors truncated at {:g} cost units.</source>
        <translation>{} enlace(s) conservado(s); corredores truncados a {:g} unidades de costo.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="169"/>
        <source>Solver: {}.</source>
        <translation>Solucionador: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="184"/>
        <source>Link {} - {}: cw_dist {:,.1f}, eff_resist {:,.1f}, cwd_to_eff_resist {:.3g}.</source>
        <translation>Enlace {} - {}: cw_dist {:,.1f}, eff_resist {:,.1f}, cwd_to_eff_resist {:.3g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="54"/>
        <source>&apos;{}&apos; is not a distance. Give the dispersal distances as numbers separated by commas.</source>
        <translation>«{}» no es una distancia. Indique las distancias de dispersión como números separados por comas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="69"/>
        <source>Give at least one dispersal distance, e.g. 10000.</source>
        <translation>Indique al menos una distancia de dispersión, p. ej., 10000.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="100"/>
        <source>Protected connected land (ProtConn)</source>
        <translation>Superficie protegida y conectada (ProtConn)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="128"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="131"/>
        <source>Reporting regions</source>
        <translation>Regiones de reporte</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="131"/>
        <source>Region name field</source>
        <translation>Campo de nombre de la región</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="135"/>
        <source>Median dispersal distances (comma-separated, map units)</source>
        <translation>Distancias medianas de dispersión (separadas por comas, unidades de mapa)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="135"/>
        <source>For example 1000, 10000, 100000 for 1, 10 and 100 km.</source>
        <translation>Por ejemplo, 1000, 10000, 100000 para 1, 10 y 100 km.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="151"/>
        <source>Transboundary protected areas act as stepping stones</source>
        <translation>Las áreas protegidas transfronterizas actúan como elementos de paso</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="158"/>
        <source>Transboundary buffer (map units)</source>
        <translation>Zona de influencia transfronteriza (unidades de mapa)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="170"/>
        <source>ProtConn table</source>
        <translation>Tabla ProtConn</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="173"/>
        <source>Regions with ProtConn (last distance)</source>
        <translation>Regiones con ProtConn (última distancia)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="181"/>
        <source>Charts folder (PNG and SVG)</source>
        <translation>Carpeta de gráficos (PNG y SVG)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="198"/>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="215"/>
        <source>regions</source>
        <translation>regiones</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="217"/>
        <source>protected areas</source>
        <translation>áreas protegidas</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="218"/>
        <source>Dissolving {} protected areas...</source>
        <translation>Disolviendo {} áreas protegidas...</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="220"/>
        <source>{} protected polygons form {} units once overlapping and adjoining areas are merged.</source>
        <translation>{} polígonos protegidos forman {} unidades tras unir las áreas superpuestas y contiguas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="246"/>
        <source>Region {} has no area; it is skipped.</source>
        <translation>La región {} no tiene área; se omite.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="250"/>
        <source>{}: Prot {:.2f} %, ProtConn {:.2f} % at {:g} ({} protected units, {} transboundary).</source>
        <translation>{}: Prot {:.2f} %, ProtConn {:.2f} % a {:g} ({} unidades protegidas, {} transfronterizas).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="339"/>
        <source>ProtConn: {}</source>
        <translation>ProtConn: {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="346"/>
        <source>{} chart(s) written to {}.</source>
        <translation>{} gráfico(s) escrito(s) en {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="107"/>
        <source>patch</source>
        <translation>de los parches</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="118"/>
        <source>complete patch</source>
        <translation>de los parches completos</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="190"/>
        <source>protected-area</source>
        <translation>entre áreas protegidas</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="218"/>
        <source>region part</source>
        <translation>entre partes de la región</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="157"/>
        <source>The barrier layer {} has no field {}; its features take the default width.</source>
        <translation>La capa de barreras {} no tiene el campo {}; sus objetos toman el ancho predeterminado.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="110"/>
        <source>{} geometr(ies) of the {} layer are invalid and cannot be repaired (feature ids {}). Fix them (Vector geometry &gt; Fix geometries, or edit them) or remove them, then run again.</source>
        <translation>{} geometría(s) de la capa «{}» no son válidas y no se pueden reparar (identificadores de los objetos: {}). Corríjalas (Geometría vectorial &gt; Reparar geometrías, o editándolas) o elimínelas, y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="160"/>
        <source>Feature {} of the {} has {} = {!r}, which is not a positive number; the default is used.</source>
        <translation>El objeto {} de la capa «{}» tiene {} = {!r}, que no es un número positivo; se usa el valor por defecto.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="164"/>
        <source>Feature {} of the {} has {} = {!r}, which is not a number; the default is used.</source>
        <translation>El objeto {} de la capa «{}» tiene {} = {!r}, que no es un número; se usa el valor por defecto.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="221"/>
        <source>These areas lie entirely on NoData cells of the resistance surface, so nothing can leave them: {}. Check that the areas and the resistance surface cover the same ground, or leave these out.</source>
        <translation>Estas áreas están enteramente sobre celdas NoData de la superficie de resistencia, por lo que nada puede salir de ellas: {}. Compruebe que las áreas y la superficie de resistencia cubren el mismo territorio, o exclúyalas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="139"/>
        <source>The resistance surface has {} cell(s) with zero or negative resistance (smallest {:g}). Resistance must be positive: set those cells to a small positive value (in circuit theory, a short-circuit region joins cells at no cost), or to NoData if they cannot be crossed.</source>
        <translation>La superficie de resistencia tiene {} celda(s) con resistencia nula o negativa (la menor: {:g}). La resistencia debe ser positiva: asigne a esas celdas un valor positivo pequeño (en teoría de circuitos, una región en cortocircuito une celdas sin costo), o NoData si no se pueden atravesar.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="705"/>
        <source>The IIC link distance must be positive, or 0 for the dispersal distance (got {}). Give it in map units (metres).</source>
        <translation>La distancia de enlace del IIC debe ser positiva, o 0 para usar la distancia de dispersión (se recibió {}). Indíquela en unidades de mapa (metros).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="422"/>
        <source>{} of {} pairs connected.</source>
        <translation>{} de {} pares conectados.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="424"/>
        <source>{} of {} focal regions connected.</source>
        <translation>{} de {} regiones focales conectadas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="207"/>
        <source>{}: m_eff {:,.2f} km2 -&gt; {:,.2f} km2 (no relative change: the unit was entirely barrier before).</source>
        <translation>{}: m_eff {:,.2f} km2 -&gt; {:,.2f} km2 (sin cambio relativo: la unidad era antes enteramente barrera).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="121"/>
        <source>&lt;p&gt;Connectivity of a network of habitat patches or protected areas, as Conefor computes it: the Probability of Connectivity (PC), the Integral Index of Connectivity (IIC), their Equivalent Connected Area (ECA) and the importance of every patch and link (Saura and Pascual-Hortal 2007; Saura and Rubio 2010; Saura et al. 2011).&lt;/p&gt;&lt;p&gt;PC = sum of a_i a_j p*_ij / A_L^2, where p*_ij is the best product of direct probabilities p_ij = exp(-k d_ij) along any path (stepping stones count) and k makes the probability equal to &lt;b&gt;Probability&lt;/b&gt; at the &lt;b&gt;Dispersal distance&lt;/b&gt;. IIC = sum of a_i a_j / (1 + nl_ij) / A_L^2 with nl_ij the number of links on the shortest path through binary links d_ij &amp;lt;= the dispersal distance. ECA = sqrt(sum a_i a_j p*_ij).&lt;/p&gt;&lt;p&gt;For each patch: dPC, the percentage of PC lost if the patch disappeared, split into dPCintra (its own area), dPCflux (what flows from and to it) and dPCconnector (its role as a stepping stone between others); dIIC likewise; bc_pc, the sum of a_i a_j p*_ij over the pairs whose best path passes through it (Bodin and Saura 2010). For each link: p_ij, p*_ij and the dPC of the link.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Patches&lt;/b&gt;: polygons in a projected CRS (or set the &lt;b&gt;Working CRS&lt;/b&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Attribute field&lt;/b&gt;: empty for the patch area in m2, or a field (quality-weighted area).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distance type&lt;/b&gt;: edge to edge (default), between centroids, least-cost over a &lt;b&gt;Resistance surface&lt;/b&gt; (cost units), or between centroids replaced by a point on the surface where the centroid falls outside the patch (crescents, rings; as Makurhini).&lt;/p&gt;&lt;p&gt;&lt;b&gt;IIC link distance&lt;/b&gt;: the threshold of IIC&apos;s binary links when it differs from the dispersal distance (Conefor&apos;s -confAdj and -confProb); 0 takes the dispersal distance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum link distance&lt;/b&gt;: pairs farther apart get no direct link (0: every pair); needed for large networks.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Landscape area&lt;/b&gt; A_L (m2): 0 takes the area of the &lt;b&gt;Study area&lt;/b&gt; if given, else the total attribute.&lt;/p&gt;&lt;p&gt;Outputs: the patches with the fields attribute, component, d_iic (and fractions), d_pc, d_pc_intra, d_pc_flux, d_pc_connector, bc_pc; the links; a one-row table with iic, pc, eca_pc, eca_iic and components (groups of patches joined by binary links).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Conectividad de una red de parches de hábitat o de áreas protegidas, tal como la calcula Conefor: la probabilidad de conectividad (PC), el índice integral de conectividad (IIC), su área conectada equivalente (ECA) y la importancia de cada parche y de cada enlace (Saura y Pascual-Hortal 2007; Saura y Rubio 2010; Saura et al. 2011).&lt;/p&gt;&lt;p&gt;PC = suma de a_i a_j p*_ij / A_L^2, donde p*_ij es el mejor producto de probabilidades directas p_ij = exp(-k d_ij) a lo largo de cualquier ruta (los elementos de paso cuentan) y k hace que la probabilidad sea igual a la &lt;b&gt;Probabilidad&lt;/b&gt; a la &lt;b&gt;Distancia de dispersión&lt;/b&gt;. IIC = suma de a_i a_j / (1 + nl_ij) / A_L^2, con nl_ij el número de enlaces de la ruta más corta a través de enlaces binarios d_ij &lt;= la distancia de dispersión. ECA = sqrt(suma de a_i a_j p*_ij).&lt;/p&gt;&lt;p&gt;Para cada parche: dPC, el porcentaje de PC que se perdería si el parche desapareciera, dividido en dPCintra (su propia área), dPCflux (lo que fluye desde y hacia él) y dPCconnector (su papel como elemento de paso entre otros); dIIC de igual modo; bc_pc, la suma de a_i a_j p*_ij sobre los pares cuya mejor ruta pasa por él (Bodin y Saura 2010). Para cada enlace: p_ij, p*_ij y el dPC del enlace.&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Parches&lt;/b&gt;: polígonos en un SRC proyectado (o establezca el &lt;b&gt;SRC de trabajo&lt;/b&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Campo de atributo&lt;/b&gt;: vacío para el área del parche en m2, o un campo (área ponderada por calidad).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tipo de distancia&lt;/b&gt;: de borde a borde (por defecto), entre centroides, de menor costo sobre una &lt;b&gt;Superficie de resistencia&lt;/b&gt; (unidades de costo), o entre centroides sustituidos por un punto sobre la superficie cuando el centroide cae fuera del parche (medialunas, anillos; como Makurhini).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distancia de enlace del IIC&lt;/b&gt;: el umbral de los enlaces binarios del IIC cuando difiere de la distancia de dispersión (-confAdj y -confProb de Conefor); 0 toma la distancia de dispersión.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distancia máxima de enlace&lt;/b&gt;: los pares más alejados no tienen enlace directo (0: todos los pares); necesaria para redes grandes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Área del paisaje&lt;/b&gt; A_L (m2): 0 toma el área del &lt;b&gt;Área de estudio&lt;/b&gt; si se indica, si no el total del atributo.&lt;/p&gt;&lt;p&gt;Salidas: los parches con los campos attribute, component, d_iic (y sus fracciones), d_pc, d_pc_intra, d_pc_flux, d_pc_connector, bc_pc; los enlaces; una tabla de una fila con iic, pc, eca_pc, eca_iic y components (grupos de parches unidos por enlaces binarios).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="193"/>
        <source>IIC link distance (map units; 0: the dispersal distance)</source>
        <translation>Distancia de enlace del IIC (unidades de mapa; 0: la distancia de dispersión)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="193"/>
        <source>Pairs at most this far apart are IIC&apos;s binary links (and define the components); empty or 0: the dispersal distance. PC does not depend on it.</source>
        <translation>Los pares separados como máximo por esta distancia son los enlaces binarios del IIC (y definen los componentes); vacío o 0: la distancia de dispersión. La PC no depende de ella.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="313"/>
        <source>{} nodes, attribute {}, A_L = {:,.6g}; dispersal distance {:g} (p = {:g}).</source>
        <translation>{} nodos, atributo {}, A_L = {:,.6g}; distancia de dispersión {:g} (p = {:g}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="318"/>
        <source>Distance type: {}.</source>
        <translation>Tipo de distancia: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="89"/>
        <source>Centroid, or a point on the surface where the centroid falls outside the patch (Makurhini)</source>
        <translation>Centroide, o un punto sobre la superficie cuando el centroide cae fuera del parche (Makurhini)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="103"/>
        <source>&lt;p&gt;How much of each region (country, province, ecoregion) is covered by protected areas that are connected to each other: the ProtConn indicator of Saura et al. (2017, 2018), a component indicator of Target 3 of the Kunming-Montreal Global Biodiversity Framework, with the fractions that the Makurhini R package reports.&lt;/p&gt;&lt;p&gt;Overlapping and adjoining protected areas are dissolved into units first (multipart areas are split into their parts); each unit&apos;s area inside the region is its attribute. With the &lt;b&gt;transboundary&lt;/b&gt; option, protected land outside the region but within the buffer takes part as stepping stones with zero attribute. ECA = sqrt(sum a_i a_j p*_ij) with p_ij = exp(-k d_ij) and p = &lt;b&gt;Probability&lt;/b&gt; at the median dispersal distance.&lt;/p&gt;&lt;p&gt;All fields are percentages of the region&apos;s area: prot (protected), unprot, protconn = 100 ECA / area, protunconn = prot - protconn; protconn = protconn_prot (movement within protected land) + protconn_trans (through transboundary protected areas) + protconn_unprot (across unprotected land); protconn_prot = protconn_within (inside single protected areas) + protconn_contig (between adjoining ones); protconn_bound, ProtConn corrected for the unconnectedness due to the region&apos;s own boundaries (islands, coasts). eca and region_area are in km2.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Dispersal distances&lt;/b&gt;: one or more, separated by commas, in map units (e.g. 1000, 10000, 100000).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distance type&lt;/b&gt;: edge to edge (default), centroid, least-cost over a resistance surface, or centroid with a point on the surface where the centroid falls outside the area (Makurhini).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Charts folder&lt;/b&gt;: one PNG and one SVG bar chart per region.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qué parte de cada región (país, provincia, ecorregión) está cubierta por áreas protegidas conectadas entre sí: el indicador ProtConn de Saura et al. (2017, 2018), indicador de componente de la Meta 3 del Marco Mundial de Biodiversidad de Kunming-Montreal, con las fracciones que reporta el paquete de R Makurhini.&lt;/p&gt;&lt;p&gt;Las áreas protegidas superpuestas y colindantes se disuelven primero en unidades (las áreas multiparte se dividen en sus partes); el atributo de cada unidad es su área dentro de la región. Con la opción &lt;b&gt;transfronteriza&lt;/b&gt;, el territorio protegido fuera de la región pero dentro de la zona de influencia participa como elemento de paso con atributo cero. ECA = sqrt(suma de a_i a_j p*_ij) con p_ij = exp(-k d_ij) y p = &lt;b&gt;Probabilidad&lt;/b&gt; a la distancia mediana de dispersión.&lt;/p&gt;&lt;p&gt;Todos los campos son porcentajes del área de la región: prot (protegido), unprot, protconn = 100 ECA / área, protunconn = prot - protconn; protconn = protconn_prot (movimiento dentro del territorio protegido) + protconn_trans (a través de áreas protegidas transfronterizas) + protconn_unprot (a través de territorio no protegido); protconn_prot = protconn_within (dentro de una misma área protegida) + protconn_contig (entre áreas colindantes); protconn_bound, ProtConn corregido por la falta de conexión debida a los propios límites de la región (islas, costas). eca y region_area están en km2.&lt;/p&gt;&lt;h3&gt;Parámetros&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Distancias de dispersión&lt;/b&gt;: una o varias, separadas por comas, en unidades de mapa (p. ej., 1000, 10000, 100000).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tipo de distancia&lt;/b&gt;: de borde a borde (por defecto), centroide, de menor costo sobre una superficie de resistencia, o centroide con un punto sobre la superficie cuando el centroide cae fuera del área (Makurhini).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Carpeta de gráficos&lt;/b&gt;: un gráfico de barras PNG y uno SVG por región.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="70"/>
        <source>up to {}</source>
        <translation>hasta {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>lowest</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>top 25 %</source>
        <translation>25 % superior</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>top 10 %</source>
        <translation>10 % superior</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>top 3 %</source>
        <translation>3 % superior</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>highest</source>
        <translation>máximo</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="129"/>
        <source>{}: {} A</source>
        <translation>{}: {} A</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="140"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="164"/>
        <source>{} to {} %</source>
        <translation>{} a {} %</translation>
    </message>
</context>
</TS>
