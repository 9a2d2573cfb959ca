<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>@default</name>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="16"/>
        <source>The {} ({}) has no coordinate reference system. Assign its CRS (Layer Properties &gt; Source), then run again.</source>
        <translation>La couche « {} » ({}) n&apos;a pas de système de coordonnées de référence. Définissez son SCR (Propriétés de la couche &gt; Source), puis relancez l&apos;algorithme.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="25"/>
        <source>The {} ({}) is in a geographic CRS ({}), measured in degrees, so distances and costs would be wrong. Reproject it to a projected CRS in metres (for example the UTM zone of the study area) with Raster &gt; Projections &gt; Warp (Reproject), then run again.</source>
        <translation>La couche « {} » ({}) est dans un SCR géographique ({}), exprimé en degrés : les distances et les coûts seraient faux. Reprojetez-la dans un SCR projeté en mètres (par exemple la zone UTM de la zone d&apos;étude) avec Raster &gt; Projections &gt; Projection (warp), puis relancez l&apos;algorithme.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="41"/>
        <source>The {} ({}) is empty.</source>
        <translation>La couche « {} » ({}) est vide.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="49"/>
        <source>The {} ({}) is in {} but the resistance surface is in {}. Rasters are not reprojected on the fly: reproject it with Raster &gt; Projections &gt; Warp (Reproject) onto the resistance surface&apos;s grid, then run again.</source>
        <translation>La couche « {} » ({}) est en {} mais la surface de résistance est en {}. Les rasters ne sont pas reprojetés à la volée : reprojetez-la sur la grille de la surface de résistance avec Raster &gt; Projections &gt; Projection (warp), puis relancez l&apos;algorithme.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="61"/>
        <source>The {} ({}) is not on the grid of the resistance surface: it has {} where {} is expected. Align it with Raster &gt; Align Rasters (same extent and cell size), then run again.</source>
        <translation>La couche « {} » ({}) n&apos;est pas sur la grille de la surface de résistance : elle a {} alors que {} est attendu. Alignez-la avec Raster &gt; Aligner les rasters (même emprise et même taille de cellule), puis relancez l&apos;algorithme.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="123"/>
        <source>The output {} would overwrite the input {} ({}). Choose another file name for the output.</source>
        <translation>La sortie {} écraserait l&apos;entrée {} ({}). Choisissez un autre nom de fichier pour la sortie.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="143"/>
        <source>The raster {} has an unsupported data type; use an integer or floating-point band.</source>
        <translation>Le raster {} a un type de données non pris en charge ; utilisez une bande d&apos;entiers ou de nombres à virgule flottante.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="152"/>
        <source>The raster {} could not be read.</source>
        <translation>Impossible de lire le raster {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="171"/>
        <source>{} cell(s) of {} hold NaN; they are treated as NoData.</source>
        <translation>{} cellule(s) de {} contiennent NaN ; elles sont traitées comme NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="203"/>
        <source>No GDAL driver can write {}.</source>
        <translation>Aucun pilote GDAL ne peut écrire {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/vector.py" line="34"/>
        <source>{} is reprojected on the fly from {} to {}.</source>
        <translation>La couche {} est reprojetée à la volée de {} vers {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/vector.py" line="99"/>
        <source>The features could not be rasterised (GDAL error {}).</source>
        <translation>Impossible de rastériser les entités (erreur GDAL {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="279"/>
        <source>The core raster and the resistance surface must have the same shape.</source>
        <translation>Le raster des zones cœurs et la surface de résistance doivent avoir les mêmes dimensions.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="283"/>
        <source>Unknown link selection {!r}; use one of {}.</source>
        <translation>Sélection de liens inconnue : {!r} ; valeurs possibles : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="287"/>
        <source>The number of nearest neighbours must be at least 1.</source>
        <translation>Le nombre de plus proches voisins doit être au moins égal à 1.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="290"/>
        <source>At least two core areas are needed to map corridors; found {}.</source>
        <translation>Il faut au moins deux zones cœurs pour cartographier des corridors ; nombre trouvé : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="297"/>
        <source>Core(s) {} lie entirely on NoData cells of the resistance surface, so nothing can leave them. Check that the cores and the resistance surface cover the same area.</source>
        <translation>Les zones cœurs {} se trouvent entièrement sur des cellules NoData de la surface de résistance : aucun chemin ne peut en sortir. Vérifiez que les zones cœurs et la surface de résistance couvrent la même zone.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="311"/>
        <source>The Euclidean distance matrix must be {0} x {0}.</source>
        <translation>La matrice des distances euclidiennes doit être de dimension {0} x {0}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="89"/>
        <source>The cell size must be positive, got {}.</source>
        <translation>La taille de cellule doit être positive ; valeur reçue : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="125"/>
        <source>The resistance surface must be a non-empty two-dimensional raster.</source>
        <translation>La surface de résistance doit être un raster bidimensionnel non vide.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="131"/>
        <source>Every cell of the resistance surface is NoData: there is nothing to move through.</source>
        <translation>Toutes les cellules de la surface de résistance sont NoData : aucun déplacement n&apos;est possible.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="137"/>
        <source>The resistance surface has {} cell(s) with zero or negative resistance (smallest {:g}). Resistance must be positive: set those cells to a small positive value, or to NoData if they cannot be crossed.</source>
        <translation>La surface de résistance contient {} cellule(s) de résistance nulle ou négative (minimum {:g}). La résistance doit être positive : donnez à ces cellules une petite valeur positive, ou NoData si elles sont infranchissables.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="211"/>
        <source>The sources ({}) and the resistance surface ({}) must have the same shape.</source>
        <translation>Les sources ({}) et la surface de résistance ({}) doivent avoir les mêmes dimensions.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="247"/>
        <source>No source lies on a passable cell: every source cell is NoData or outside the raster.</source>
        <translation>Aucune source ne se trouve sur une cellule franchissable : toutes les cellules sources sont NoData ou hors du raster.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="267"/>
        <source>stop_at must have the shape of the resistance surface.</source>
        <translation>stop_at doit avoir les dimensions de la surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="402"/>
        <source>The end feature lies entirely on NoData or outside the raster.</source>
        <translation>L&apos;entité d&apos;arrivée se trouve entièrement sur des cellules NoData ou hors du raster.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="416"/>
        <source>The end cannot be reached from the start: NoData cells separate them on this resistance surface.</source>
        <translation>L&apos;arrivée est inaccessible depuis le départ : des cellules NoData les séparent sur cette surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/errors.py" line="86"/>
        <source>Cancelled by the user; nothing was written.</source>
        <translation>Annulé par l&apos;utilisateur ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/memory.py" line="106"/>
        <source>This analysis needs about {} of memory but only {} is available ({} cells). Coarsen the raster (a cell size at least {:.1f} times larger, e.g. with Raster &gt; Projections &gt; Warp) or clip it to the study area, then run again.</source>
        <translation>Cette analyse nécessite environ {} de mémoire mais seuls {} sont disponibles ({} cellules). Rendez le raster plus grossier (une taille de cellule au moins {:.1f} fois plus grande, par exemple avec Raster &gt; Projections &gt; Projection (warp)) ou découpez-le sur la zone d&apos;étude, puis relancez l&apos;algorithme.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="66"/>
        <source>Row {}: the {} {!r} is not a number.</source>
        <translation>Ligne {} ({}) : {!r} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="158"/>
        <source>The resistance table has no rows.</source>
        <translation>La table de résistance ne contient aucune ligne.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="121"/>
        <source>The resistance table has no column {!r}; its columns are: {}.</source>
        <translation>La table de résistance n&apos;a pas de colonne {!r} ; ses colonnes sont : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="144"/>
        <source>Row {}: class {:g} has resistance {:g}. Resistance must be positive; leave it empty or write NoData to make the class impassable.</source>
        <translation>Ligne {} : la classe {:g} a une résistance de {:g}. La résistance doit être positive ; laissez-la vide ou écrivez NoData pour rendre la classe infranchissable.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="154"/>
        <source>Class {:g} appears twice in the resistance table.</source>
        <translation>La classe {:g} apparaît deux fois dans la table de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="204"/>
        <source>The land-cover raster has {} class(es) that the resistance table does not list: {}{}. Add them to the table (leave the resistance empty to make a class impassable).</source>
        <translation>Le raster d&apos;occupation du sol contient {} classe(s) absente(s) de la table de résistance : {}{}. Ajoutez-les à la table (laissez la résistance vide pour rendre une classe infranchissable).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="238"/>
        <source>Unknown burn mode {!r}; use one of {}.</source>
        <translation>Mode de gravure inconnu : {!r} ; valeurs possibles : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="244"/>
        <source>The burnt features and the resistance surface must have the same shape.</source>
        <translation>Les entités gravées et la surface de résistance doivent avoir les mêmes dimensions.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="249"/>
        <source>Linear features must have a positive resistance.</source>
        <translation>Les entités linéaires doivent avoir une résistance positive.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="312"/>
        <source>Unknown combination {!r}; use one of {}.</source>
        <translation>Combinaison inconnue : {!r} ; valeurs possibles : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="320"/>
        <source>Rasters to combine must have the same shape as the resistance surface.</source>
        <translation>Les rasters à combiner doivent avoir les mêmes dimensions que la surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="38"/>
        <source>The resistance surface could not be loaded.</source>
        <translation>Impossible de charger la surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="39"/>
        <source>resistance surface</source>
        <translation>surface de résistance</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="65"/>
        <source>The {} layer has no features with a geometry.</source>
        <translation>La couche « {} » ne contient aucune entité avec une géométrie.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="73"/>
        <source>The {} layer could not be loaded.</source>
        <translation>Impossible de charger la couche « {} ».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="91"/>
        <source>Choose the id field of the {} layer.</source>
        <translation>Choisissez le champ d&apos;identifiant de la couche « {} ».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="97"/>
        <source>{} feature(s) of the {} layer have an empty id in {} (feature ids {}). Give every feature an id.</source>
        <translation>{} entité(s) de la couche « {} » ont un identifiant vide dans le champ {} (ID d&apos;entité : {}). Donnez un identifiant à chaque entité.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="111"/>
        <source>The ids {} appear more than once in the field {} of the {} layer. Each feature needs its own id (merge the parts of one area with Dissolve first).</source>
        <translation>Les identifiants {} apparaissent plusieurs fois dans le champ {} de la couche « {} ». Chaque entité doit avoir son propre identifiant (regroupez d&apos;abord les parties d&apos;une même zone avec l&apos;outil Regrouper).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="121"/>
        <source>The {} {} lie outside the resistance surface. Remove them (or select the others and use &quot;Selected features only&quot;), or use a resistance surface that covers them.</source>
        <translation>Dans la couche « {} », les entités {} sont hors de la surface de résistance. Supprimez-les (ou sélectionnez les autres et cochez « Entité(s) sélectionnée(s) uniquement »), ou utilisez une surface de résistance qui les couvre.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="132"/>
        <source>{} {} extend beyond the resistance surface; only their part on it is used: {}.</source>
        <translation>{} entité(s) de la couche « {} » débordent de la surface de résistance ; seule leur partie située sur celle-ci est utilisée : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="143"/>
        <source>The {} {} get no raster cell of their own: they lie inside another one or between cells. Merge overlapping areas or use a finer resistance surface.</source>
        <translation>Dans la couche « {} », les entités {} n&apos;obtiennent aucune cellule raster propre : elles sont situées dans une autre entité ou entre des cellules. Fusionnez les zones qui se chevauchent ou utilisez une surface de résistance plus fine.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="153"/>
        <source>{} pair(s) of {} overlap ({}); each shared cell belongs to one of them.</source>
        <translation>{} paire(s) d&apos;entités de la couche « {} » se chevauchent ({}) ; chaque cellule partagée est attribuée à une seule d&apos;entre elles.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="42"/>
        <source>not connected: NoData separates the cores</source>
        <translation>non connecté : des cellules NoData séparent les zones cœurs</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="44"/>
        <source>cw_dist above the maximum ({:g})</source>
        <translation>cw_dist supérieure au maximum ({:g})</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="46"/>
        <source>euc_dist above the maximum ({:g})</source>
        <translation>euc_dist supérieure au maximum ({:g})</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="47"/>
        <source>least-cost path passes through core {}</source>
        <translation>le chemin de moindre coût traverse la zone cœur {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="76"/>
        <source>Least-cost corridors</source>
        <translation>Corridors de moindre coût</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="79"/>
        <source>&lt;p&gt;Maps least-cost corridors between core areas (protected areas, habitat cores) and the links of the network, the way Linkage Mapper&apos;s Linkage Pathways does (McRae and Kavanagh 2011).&lt;/p&gt;&lt;p&gt;For every core a cost-weighted distance (CWD) map is computed. A link between cores A and B has cw_dist = the least-cost distance between them (the smallest CWD from A over the cells of B). Its normalized least-cost corridor is NLCC = CWD from A + CWD from B - cw_dist: zero along the least-cost path, growing away from it. The corridor map is the smallest NLCC over the kept links.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell, projected CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Core areas&lt;/b&gt; and &lt;b&gt;Core id field&lt;/b&gt;: polygons, each with its own id.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt;: adjacent cores (their areas touch in the cost-allocation map; Linkage Mapper&apos;s default), all pairs, or each core&apos;s k nearest neighbours by cw_dist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum cw_dist / euc_dist&lt;/b&gt;: drop longer links (0: no limit).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Drop links through other cores&lt;/b&gt;: drop a link whose least-cost path crosses a third core.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Corridor width cut-off&lt;/b&gt;: cells whose NLCC exceeds it (cost units) are left out (0: none).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt; output: least-cost paths with from_core, to_core, cw_dist, euc_dist (edge to edge), lcp_length, cwd_to_euc, cwd_to_path, kept and the reason a link was dropped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cartographie les corridors de moindre coût entre zones cœurs (aires protégées, noyaux d&apos;habitat) et les liens du réseau, comme le fait l&apos;outil Linkage Pathways de Linkage Mapper (McRae et Kavanagh 2011).&lt;/p&gt;&lt;p&gt;Pour chaque zone cœur, une carte de distance pondérée par le coût (CWD, coût cumulé) est calculée. Un lien entre les zones cœurs A et B a pour cw_dist la distance de moindre coût qui les sépare (la plus petite CWD depuis A sur les cellules de B). Son corridor de moindre coût normalisé est NLCC = CWD depuis A + CWD depuis B - cw_dist : nul le long du chemin de moindre coût, il croît à mesure qu&apos;on s&apos;en éloigne. La carte des corridors est le plus petit NLCC sur l&apos;ensemble des liens conservés.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Surface de résistance&lt;/b&gt; : résistance positive par cellule, SCR projeté.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zones cœurs&lt;/b&gt; et &lt;b&gt;Champ d&apos;identifiant des zones cœurs&lt;/b&gt; : polygones, chacun avec son propre identifiant.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Liens&lt;/b&gt; : zones cœurs adjacentes (leurs zones se touchent dans la carte d&apos;allocation de coût ; choix par défaut de Linkage Mapper), toutes les paires, ou les k plus proches voisins de chaque zone cœur selon cw_dist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;cw_dist / euc_dist maximale&lt;/b&gt; : écarte les liens plus longs (0 : pas de limite).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Écarter les liens dont le chemin traverse une autre zone cœur&lt;/b&gt; : écarte un lien dont le chemin de moindre coût traverse une troisième zone cœur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil de largeur du corridor&lt;/b&gt; : les cellules dont le NLCC le dépasse (en unités de coût) sont exclues (0 : aucun seuil).&lt;/p&gt;&lt;p&gt;Sortie &lt;b&gt;Liens&lt;/b&gt; : chemins de moindre coût avec from_core, to_core, cw_dist, euc_dist (de bord à bord), lcp_length, cwd_to_euc, cwd_to_path, kept et reason (raison pour laquelle un lien a été écarté).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="209"/>
        <source>Resistance surface</source>
        <translation>Surface de résistance</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="100"/>
        <source>Core areas</source>
        <translation>Zones cœurs</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="101"/>
        <source>Core id field</source>
        <translation>Champ d&apos;identifiant des zones cœurs</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="164"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="106"/>
        <source>Adjacent cores (cost allocation)</source>
        <translation>Zones cœurs adjacentes (allocation de coût)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="106"/>
        <source>All pairs</source>
        <translation>Toutes les paires</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="106"/>
        <source>k nearest neighbours</source>
        <translation>k plus proches voisins</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="114"/>
        <source>k (nearest neighbours)</source>
        <translation>k (plus proches voisins)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="119"/>
        <source>Maximum cw_dist (0: none)</source>
        <translation>cw_dist maximale (0 : aucune)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="124"/>
        <source>Maximum euc_dist, map units (0: none)</source>
        <translation>euc_dist maximale, unités de carte (0 : aucune)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="133"/>
        <source>Drop links whose path crosses another core</source>
        <translation>Écarter les liens dont le chemin traverse une autre zone cœur</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="138"/>
        <source>Corridor width cut-off, cost units (0: none)</source>
        <translation>Seuil de largeur du corridor, unités de coût (0 : aucun)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="63"/>
        <source>Connect 4 neighbours only</source>
        <translation>Connexion aux 4 voisins uniquement</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="126"/>
        <source>Write 64-bit floating-point rasters (full precision)</source>
        <translation>Écrire des rasters en virgule flottante 64 bits (pleine précision)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="163"/>
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="165"/>
        <source>Links kept</source>
        <translation>Liens conservés</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="166"/>
        <source>Links dropped</source>
        <translation>Liens écartés</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="178"/>
        <source>The per-core cost distances are kept on disk in {}.</source>
        <translation>Les distances de coût de chaque zone cœur sont stockées sur disque dans {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="197"/>
        <source>core areas</source>
        <translation>zones cœurs</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="206"/>
        <source>Grid: {}; {} core areas.</source>
        <translation>Grille : {} ; {} zones cœurs.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="271"/>
        <source>{} candidate link(s): {} kept, {} dropped.</source>
        <translation>{} lien(s) candidat(s) : {} conservé(s), {} écarté(s).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="286"/>
        <source>Shortest</source>
        <translation>le plus court</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="286"/>
        <source>Longest</source>
        <translation>le plus long</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="287"/>
        <source>{} corridor: {} - {}, cw_dist {:,.1f}, path length {:,.0f}.</source>
        <translation>Corridor {} : {} - {}, cw_dist {:,.1f}, longueur du chemin {:,.0f}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="293"/>
        <source>The cores fall into {} groups that cannot reach each other: {}.</source>
        <translation>Les zones cœurs forment {} groupes qui ne peuvent pas s&apos;atteindre les uns les autres : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="41"/>
        <source>Source feature(s) {} have no value in the id field {}.</source>
        <translation>Les entités sources {} n&apos;ont pas de valeur dans le champ d&apos;identifiant {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="135"/>
        <source>Cost distance</source>
        <translation>Distance de coût</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="72"/>
        <source>&lt;p&gt;Accumulated cost (cost-weighted distance) from the source features over a resistance surface, and optionally which source each cell is cheapest to reach from (allocation).&lt;/p&gt;&lt;p&gt;Moving between neighbouring cells a and b costs (resistance of a + resistance of b) / 2 times the distance between their centres: the definition of Circuitscape, Linkage Mapper (ArcGIS Cost Distance) and scikit-image MCP_Geometric. NoData cells cannot be crossed. The search is an exact Dijkstra shortest-path search.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell in a projected CRS (metres).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: points, lines or polygons; polygons take the cells whose centre lies inside, lines every cell they touch. Layers in another CRS are reprojected on the fly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source id field&lt;/b&gt;: features with the same id form one source; the allocation raster holds these ids (text ids are numbered 1..n, the log lists the numbers). Without it, every feature is a source of its own, labelled by its feature id.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect 4 neighbours only&lt;/b&gt;: orthogonal moves only (default: 8 neighbours).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum cost&lt;/b&gt;: cells beyond it are left NoData (faster on large rasters).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Write 64-bit floating-point rasters&lt;/b&gt;: full precision instead of Float32 (twice the size).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cost distance&lt;/b&gt;: Float32 raster of accumulated cost, NoData where unreachable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Allocation&lt;/b&gt;: Int32 raster of the nearest source&apos;s id.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Coût cumulé (distance pondérée par le coût) depuis les entités sources sur une surface de résistance et, en option, la source depuis laquelle chaque cellule est atteinte au moindre coût (allocation).&lt;/p&gt;&lt;p&gt;Se déplacer entre deux cellules voisines a et b coûte (résistance de a + résistance de b) / 2 multiplié par la distance entre leurs centres : c&apos;est la définition de Circuitscape, de Linkage Mapper (Cost Distance d&apos;ArcGIS) et de MCP_Geometric de scikit-image. Les cellules NoData sont infranchissables. La recherche est un calcul exact de plus court chemin par l&apos;algorithme de Dijkstra.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Surface de résistance&lt;/b&gt; : résistance positive par cellule dans un SCR projeté (mètres).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt; : points, lignes ou polygones ; un polygone prend les cellules dont le centre est à l&apos;intérieur, une ligne toutes les cellules qu&apos;elle touche. Les couches dans un autre SCR sont reprojetées à la volée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Champ d&apos;identifiant des sources&lt;/b&gt; : les entités ayant le même identifiant forment une seule source ; le raster d&apos;allocation contient ces identifiants (les identifiants texte sont numérotés de 1 à n, le journal indique la numérotation). Sans ce champ, chaque entité est une source distincte, étiquetée par son ID d&apos;entité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connexion aux 4 voisins uniquement&lt;/b&gt; : déplacements orthogonaux seulement (par défaut : 8 voisins).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Coût maximal&lt;/b&gt; : les cellules au-delà restent NoData (plus rapide sur les grands rasters).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Écrire des rasters en virgule flottante 64 bits&lt;/b&gt; : pleine précision au lieu de Float32 (taille double).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distance de coût&lt;/b&gt; : raster Float32 du coût cumulé, NoData là où aucune source n&apos;est atteignable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Allocation&lt;/b&gt; : raster Int32 de l&apos;identifiant de la source la plus proche.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="94"/>
        <source>Positive resistance per cell, in a projected CRS.</source>
        <translation>Résistance positive par cellule, dans un SCR projeté.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="100"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="101"/>
        <source>Source id field</source>
        <translation>Champ d&apos;identifiant des sources</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="115"/>
        <source>Maximum cost (empty: no limit)</source>
        <translation>Coût maximal (vide : pas de limite)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="136"/>
        <source>Allocation (nearest source)</source>
        <translation>Allocation (source la plus proche)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="152"/>
        <source>The sources layer could not be loaded.</source>
        <translation>Impossible de charger la couche des sources.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="161"/>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="163"/>
        <source>{} source feature(s) lie outside the resistance surface and are ignored.</source>
        <translation>{} entité(s) source(s) hors de la surface de résistance, ignorée(s).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="169"/>
        <source>No source feature lies on the resistance surface.</source>
        <translation>Aucune entité source ne se trouve sur la surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="175"/>
        <source>Allocation values: {}</source>
        <translation>Valeurs d&apos;allocation : {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="182"/>
        <source>Grid: {}.</source>
        <translation>Grille : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="195"/>
        <source>{:,} of {:,} passable cells reached; largest cost {:,.2f}.</source>
        <translation>{:,} cellules franchissables atteintes sur {:,} ; coût maximal {:,.2f}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="68"/>
        <source>Least-cost path</source>
        <translation>Chemin de moindre coût</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="44"/>
        <source>&lt;p&gt;The cheapest route across a resistance surface from a start feature to an end feature, as a line through cell centres with its accumulated cost and its length.&lt;/p&gt;&lt;p&gt;Costs follow the cost-distance definition of Circuitscape, Linkage Mapper and scikit-image MCP_Geometric: (resistance of a + resistance of b) / 2 times the step length. The path leaves the start where it is cheapest and ends in the cheapest cell of the end feature.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell in a projected CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start&lt;/b&gt; and &lt;b&gt;End&lt;/b&gt;: points, lines or polygons; all features of a layer together form the start (or end). Use &quot;Selected features only&quot; to pick one feature.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect 4 neighbours only&lt;/b&gt;: orthogonal moves only (default: 8 neighbours).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Least-cost path&lt;/b&gt;: a line with fields cost (accumulated cost), length (map units) and n_cells.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;itinéraire le moins coûteux à travers une surface de résistance, d&apos;une entité de départ à une entité d&apos;arrivée, sous forme de ligne passant par les centres des cellules, avec son coût cumulé et sa longueur.&lt;/p&gt;&lt;p&gt;Les coûts suivent la définition de la distance de coût de Circuitscape, Linkage Mapper et MCP_Geometric de scikit-image : (résistance de a + résistance de b) / 2 multiplié par la longueur du pas. Le chemin quitte le départ là où c&apos;est le moins coûteux et se termine dans la cellule de l&apos;entité d&apos;arrivée la moins coûteuse à atteindre.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Surface de résistance&lt;/b&gt; : résistance positive par cellule dans un SCR projeté.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Départ&lt;/b&gt; et &lt;b&gt;Arrivée&lt;/b&gt; : points, lignes ou polygones ; toutes les entités d&apos;une couche forment ensemble le départ (ou l&apos;arrivée). Utilisez « Entité(s) sélectionnée(s) uniquement » pour ne prendre qu&apos;une entité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connexion aux 4 voisins uniquement&lt;/b&gt; : déplacements orthogonaux seulement (par défaut : 8 voisins).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Chemin de moindre coût&lt;/b&gt; : une ligne avec les champs cost (coût cumulé), length (en unités de carte) et n_cells.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="61"/>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="62"/>
        <source>End</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="76"/>
        <source>No {} feature lies on the resistance surface.</source>
        <translation>Aucune entité de la couche « {} » ne se trouve sur la surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="85"/>
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="86"/>
        <source>end</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="105"/>
        <source>Least-cost path: cost {:,.2f}, length {:,.1f} map units, {} cells.</source>
        <translation>Chemin de moindre coût : coût {:,.2f}, longueur {:,.1f} unités de carte, {} cellules.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/provider.py" line="30"/>
        <source>GPEC Connectivity</source>
        <translation>GPEC Connectivity</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="80"/>
        <source>&lt;p&gt;Builds a resistance surface for one species from a land-cover raster: each land-cover class gets the resistance of a table (or of a bundled training profile), roads, railways and fences are burnt in, and further rasters can be combined. The method is the usual one for Linkage Mapper and Circuitscape (Zeller, McGarigal and Whiteley 2012, Landscape Ecology 27:777-797).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Land cover&lt;/b&gt;: integer classes in a projected CRS; its NoData stays NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Species profile&lt;/b&gt;: a bundled training profile, or &quot;Resistance table&quot; to use your own.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resistance table&lt;/b&gt;: a CSV file or table layer with a class column, a resistance column and optionally a label column. An empty resistance (or NoData) makes a class impassable. Land-cover classes missing from the table stop the algorithm with a list of them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Linear features&lt;/b&gt;: line layers burnt onto the surface. Each feature&apos;s resistance is read from the resistance field when the layer has it, else the fixed value is used; likewise its width (map units). Every cell the feature&apos;s footprint touches is burnt, and lines are made 4-connected, so a barrier never leaks diagonally. &lt;b&gt;Burn mode&lt;/b&gt;: maximum (default: keep the higher of feature and land cover), replace, add or multiply.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Further rasters&lt;/b&gt; (advanced): rasters on exactly the same grid, combined by multiplication, addition or maximum; NoData anywhere gives NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: Float32 GeoTIFF, NoData -9999.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Construit une surface de résistance pour une espèce à partir d&apos;un raster d&apos;occupation du sol : chaque classe d&apos;occupation du sol reçoit la résistance indiquée dans une table (ou dans un profil de formation fourni), les routes, voies ferrées et clôtures sont gravées dans la surface, et des rasters supplémentaires peuvent être combinés. C&apos;est la méthode habituelle pour Linkage Mapper et Circuitscape (Zeller, McGarigal et Whiteley 2012, Landscape Ecology 27:777-797).&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Occupation du sol&lt;/b&gt; : classes entières dans un SCR projeté ; ses cellules NoData restent NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Profil d&apos;espèce&lt;/b&gt; : un profil de formation fourni, ou « Table de résistance (ci-dessous) » pour utiliser votre propre table.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Table de résistance&lt;/b&gt; : un fichier CSV ou une couche table avec une colonne de classe, une colonne de résistance et, en option, une colonne de libellé. Une résistance vide (ou NoData) rend une classe infranchissable. Si des classes d&apos;occupation du sol manquent dans la table, l&apos;algorithme s&apos;arrête et en donne la liste.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entités linéaires&lt;/b&gt; : couches de lignes gravées dans la surface. La résistance de chaque entité est lue dans le champ de résistance si la couche le possède, sinon la valeur fixe est utilisée ; de même pour sa largeur (unités de carte). Toutes les cellules touchées par l&apos;emprise de l&apos;entité sont gravées, et les lignes sont rendues 4-connexes, de sorte qu&apos;un obstacle ne laisse jamais passer en diagonale. &lt;b&gt;Mode de gravure&lt;/b&gt; : maximum (par défaut : garde la plus élevée des résistances de l&apos;entité et de l&apos;occupation du sol), replace (remplacer), add (additionner) ou multiply (multiplier).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rasters supplémentaires&lt;/b&gt; (dans « Paramètres avancés ») : rasters sur exactement la même grille, combinés par multiplication (multiply), addition (add) ou maximum ; une cellule NoData dans l&apos;un d&apos;eux donne NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surface de résistance&lt;/b&gt; : GeoTIFF Float32, NoData -9999.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="102"/>
        <source>Land cover</source>
        <translation>Occupation du sol</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="103"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="114"/>
        <source>Species profile</source>
        <translation>Profil d&apos;espèce</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="114"/>
        <source>Resistance table (below)</source>
        <translation>Table de résistance (ci-dessous)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="122"/>
        <source>Resistance table (CSV or table layer)</source>
        <translation>Table de résistance (CSV ou couche table)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="130"/>
        <source>Class field</source>
        <translation>Champ de classe</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="130"/>
        <source>Resistance field</source>
        <translation>Champ de résistance</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="130"/>
        <source>Label field (optional)</source>
        <translation>Champ de libellé (facultatif)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="145"/>
        <source>Linear features (roads, railways, fences)</source>
        <translation>Entités linéaires (routes, voies ferrées, clôtures)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="153"/>
        <source>Resistance field of the linear features</source>
        <translation>Champ de résistance des entités linéaires</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="161"/>
        <source>Resistance of linear features without that field</source>
        <translation>Résistance des entités linéaires sans ce champ</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="170"/>
        <source>Width field of the linear features (map units)</source>
        <translation>Champ de largeur des entités linéaires (unités de carte)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="178"/>
        <source>Width of linear features without that field (0: the line itself)</source>
        <translation>Largeur des entités linéaires sans ce champ (0 : la ligne seule)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="187"/>
        <source>Burn mode</source>
        <translation>Mode de gravure</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="192"/>
        <source>Further rasters to combine</source>
        <translation>Rasters supplémentaires à combiner</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="199"/>
        <source>Combine further rasters by</source>
        <translation>Combiner les rasters supplémentaires par</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="218"/>
        <source>Give a resistance table (CSV or table layer) or choose a bundled species profile.</source>
        <translation>Indiquez une table de résistance (CSV ou couche table) ou choisissez un profil d&apos;espèce fourni.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="252"/>
        <source>Feature {} of {} has resistance {}; linear features need a positive resistance.</source>
        <translation>L&apos;entité {} de {} a une résistance de {} ; les entités linéaires doivent avoir une résistance positive.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="261"/>
        <source>{}: {} feature(s) to burn.</source>
        <translation>{} : {} entité(s) à graver.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="283"/>
        <source>The land-cover raster could not be loaded.</source>
        <translation>Impossible de charger le raster d&apos;occupation du sol.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="284"/>
        <source>land-cover raster</source>
        <translation>raster d&apos;occupation du sol</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="287"/>
        <source>further raster</source>
        <translation>raster supplémentaire</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="294"/>
        <source>Every cell of the land-cover raster {} is NoData.</source>
        <translation>Toutes les cellules du raster d&apos;occupation du sol {} sont NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="297"/>
        <source>Resistance table: {}.</source>
        <translation>Table de résistance : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="302"/>
        <source>cells</source>
        <translation>cellules</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="319"/>
        <source>{:,} cells burnt with the linear features ({}).</source>
        <translation>{:,} cellules gravées avec les entités linéaires (mode : {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="327"/>
        <source>Combined with {} raster(s) by {}.</source>
        <translation>Surface combinée avec {} raster(s) supplémentaire(s) (méthode : {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="329"/>
        <source>The resistance surface would be NoData everywhere.</source>
        <translation>La surface de résistance serait NoData partout.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="332"/>
        <source>Combining the rasters gives {} cell(s) with zero or negative resistance; check the further rasters.</source>
        <translation>La combinaison des rasters donne {} cellule(s) de résistance nulle ou négative ; vérifiez les rasters supplémentaires.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="341"/>
        <source>Resistance from {:g} to {:g}; {:,} NoData cells. Written {} ({}).</source>
        <translation>Résistance de {:g} à {:g} ; {:,} cellules NoData. Fichier écrit : {} ({}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="55"/>
        <source>up to {:,.0f}</source>
        <translation>jusqu&apos;à {:,.0f}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="77"/>
        <source>kept</source>
        <translation>conservés</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="78"/>
        <source>dropped</source>
        <translation>écartés</translation>
    </message>
</context>
</TS>
