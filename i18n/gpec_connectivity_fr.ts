<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>@default</name>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="16"/>
        <source>The {} ({}) has no coordinate reference system. Assign its CRS (Layer Properties &gt; Source), then run again.</source>
        <translation>La couche « {} » ({}) n'a pas de système de coordonnées de référence. Définissez son SCR (Propriétés de la couche &gt; Source), puis relancez l'algorithme.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="25"/>
        <source>The {} ({}) is in a geographic CRS ({}), measured in degrees, so distances and costs would be wrong. Reproject it to a projected CRS in metres (for example the UTM zone of the study area) with Raster &gt; Projections &gt; Warp (Reproject), then run again.</source>
        <translation>La couche « {} » ({}) est dans un SCR géographique ({}), exprimé en degrés : les distances et les coûts seraient faux. Reprojetez-la dans un SCR projeté en mètres (par exemple la zone UTM de la zone d'étude) avec Raster &gt; Projections &gt; Projection (warp), puis relancez l'algorithme.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="41"/>
        <source>The {} ({}) is empty.</source>
        <translation>La couche « {} » ({}) est vide.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="49"/>
        <source>The {} ({}) is in {} but the resistance surface is in {}. Rasters are not reprojected on the fly: reproject it with Raster &gt; Projections &gt; Warp (Reproject) onto the resistance surface&apos;s grid, then run again.</source>
        <translation>La couche « {} » ({}) est en {} mais la surface de résistance est en {}. Les rasters ne sont pas reprojetés à la volée : reprojetez-la sur la grille de la surface de résistance avec Raster &gt; Projections &gt; Projection (warp), puis relancez l'algorithme.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="61"/>
        <source>The {} ({}) is not on the grid of the resistance surface: it has {} where {} is expected. Align it with Raster &gt; Align Rasters (same extent and cell size), then run again.</source>
        <translation>La couche « {} » ({}) n'est pas sur la grille de la surface de résistance : elle a {} alors que {} est attendu. Alignez-la avec Raster &gt; Aligner les rasters (même emprise et même taille de cellule), puis relancez l'algorithme.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="123"/>
        <source>The output {} would overwrite the input {} ({}). Choose another file name for the output.</source>
        <translation>La sortie {} écraserait l'entrée {} ({}). Choisissez un autre nom de fichier pour la sortie.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="144"/>
        <source>The raster {} has an unsupported data type; use an integer or floating-point band.</source>
        <translation>Le raster {} a un type de données non pris en charge ; utilisez une bande d'entiers ou de nombres à virgule flottante.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="156"/>
        <source>The raster {} could not be read.</source>
        <translation>Impossible de lire le raster {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="175"/>
        <source>{} cell(s) of {} hold NaN; they are treated as NoData.</source>
        <translation>{} cellule(s) de {} contiennent NaN ; elles sont traitées comme NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="241"/>
        <source>No GDAL driver can write {}.</source>
        <translation>Aucun pilote GDAL ne peut écrire {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="84"/>
        <source>{} is reprojected on the fly from {} to {}.</source>
        <translation>La couche {} est reprojetée à la volée de {} vers {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/vector.py" line="72"/>
        <source>The features could not be rasterised (GDAL error {}).</source>
        <translation>Impossible de rastériser les entités (erreur GDAL {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="441"/>
        <source>The core raster and the resistance surface must have the same shape.</source>
        <translation>Le raster des zones cœurs et la surface de résistance doivent avoir les mêmes dimensions.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="445"/>
        <source>Unknown link selection {!r}; use one of {}.</source>
        <translation>Sélection de liens inconnue : {!r} ; valeurs possibles : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="449"/>
        <source>The number of nearest neighbours must be at least 1.</source>
        <translation>Le nombre de plus proches voisins doit être au moins égal à 1.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="452"/>
        <source>At least two core areas are needed to map corridors; found {}.</source>
        <translation>Il faut au moins deux zones cœurs pour cartographier des corridors ; nombre trouvé : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="463"/>
        <source>The Euclidean distance matrix must be {0} x {0}.</source>
        <translation>La matrice des distances euclidiennes doit être de dimension {0} x {0}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="91"/>
        <source>The cell size must be positive, got {}.</source>
        <translation>La taille de cellule doit être positive ; valeur reçue : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="127"/>
        <source>The resistance surface must be a non-empty two-dimensional raster.</source>
        <translation>La surface de résistance doit être un raster bidimensionnel non vide.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="133"/>
        <source>Every cell of the resistance surface is NoData: there is nothing to move through.</source>
        <translation>Toutes les cellules de la surface de résistance sont NoData : aucun déplacement n'est possible.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="213"/>
        <source>The sources ({}) and the resistance surface ({}) must have the same shape.</source>
        <translation>Les sources ({}) et la surface de résistance ({}) doivent avoir les mêmes dimensions.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="249"/>
        <source>No source lies on a passable cell: every source cell is NoData or outside the raster.</source>
        <translation>Aucune source ne se trouve sur une cellule franchissable : toutes les cellules sources sont NoData ou hors du raster.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="269"/>
        <source>stop_at must have the shape of the resistance surface.</source>
        <translation>stop_at doit avoir les dimensions de la surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="404"/>
        <source>The end feature lies entirely on NoData or outside the raster.</source>
        <translation>L'entité d'arrivée se trouve entièrement sur des cellules NoData ou hors du raster.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="418"/>
        <source>The end cannot be reached from the start: NoData cells separate them on this resistance surface.</source>
        <translation>L'arrivée est inaccessible depuis le départ : des cellules NoData les séparent sur cette surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/errors.py" line="86"/>
        <source>Cancelled by the user; nothing was written.</source>
        <translation>Annulé par l'utilisateur ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/memory.py" line="106"/>
        <source>This analysis needs about {} of memory but only {} is available ({} cells). Coarsen the raster (a cell size at least {:.1f} times larger, e.g. with Raster &gt; Projections &gt; Warp) or clip it to the study area, then run again.</source>
        <translation>Cette analyse nécessite environ {} de mémoire mais seuls {} sont disponibles ({} cellules). Rendez le raster plus grossier (une taille de cellule au moins {:.1f} fois plus grande, par exemple avec Raster &gt; Projections &gt; Projection (warp)) ou découpez-le sur la zone d'étude, puis relancez l'algorithme.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="66"/>
        <source>Row {}: the {} {!r} is not a number.</source>
        <translation>Ligne {} ({}) : {!r} n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="158"/>
        <source>The resistance table has no rows.</source>
        <translation>La table de résistance ne contient aucune ligne.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="121"/>
        <source>The resistance table has no column {!r}; its columns are: {}.</source>
        <translation>La table de résistance n'a pas de colonne {!r} ; ses colonnes sont : {}.</translation>
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
        <translation>Le raster d'occupation du sol contient {} classe(s) absente(s) de la table de résistance : {}{}. Ajoutez-les à la table (laissez la résistance vide pour rendre une classe infranchissable).</translation>
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
        <location filename="../gpec_connectivity/processing/inputs.py" line="33"/>
        <source>The resistance surface could not be loaded.</source>
        <translation>Impossible de charger la surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="34"/>
        <source>resistance surface</source>
        <translation>surface de résistance</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/vector.py" line="131"/>
        <source>The {} layer has no features with a geometry.</source>
        <translation>La couche « {} » ne contient aucune entité avec une géométrie.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="198"/>
        <source>The {} layer could not be loaded.</source>
        <translation>Impossible de charger la couche « {} ».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="54"/>
        <source>Choose the id field of the {} layer.</source>
        <translation>Choisissez le champ d'identifiant de la couche « {} ».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="59"/>
        <source>{} feature(s) of the {} layer have an empty id in {} (feature ids {}). Give every feature an id.</source>
        <translation>{} entité(s) de la couche « {} » ont un identifiant vide dans le champ {} (ID d'entité : {}). Donnez un identifiant à chaque entité.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="94"/>
        <source>The ids {} appear more than once in the field {} of the {} layer. Each feature needs its own id (merge the parts of one area with Dissolve first).</source>
        <translation>Les identifiants {} apparaissent plusieurs fois dans le champ {} de la couche « {} ». Chaque entité doit avoir son propre identifiant (regroupez d'abord les parties d'une même zone avec l'outil Regrouper).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="104"/>
        <source>The {} {} lie outside the resistance surface. Remove them (or select the others and use &quot;Selected features only&quot;), or use a resistance surface that covers them.</source>
        <translation>Dans la couche « {} », les entités {} sont hors de la surface de résistance. Supprimez-les (ou sélectionnez les autres et cochez « Entité(s) sélectionnée(s) uniquement »), ou utilisez une surface de résistance qui les couvre.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="115"/>
        <source>{} {} extend beyond the resistance surface; only their part on it is used: {}.</source>
        <translation>{} entité(s) de la couche « {} » débordent de la surface de résistance ; seule leur partie située sur celle-ci est utilisée : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="126"/>
        <source>The {} {} get no raster cell of their own: they lie inside another one or between cells. Merge overlapping areas or use a finer resistance surface.</source>
        <translation>Dans la couche « {} », les entités {} n'obtiennent aucune cellule raster propre : elles sont situées dans une autre entité ou entre des cellules. Fusionnez les zones qui se chevauchent ou utilisez une surface de résistance plus fine.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="136"/>
        <source>{} pair(s) of {} overlap ({}); each shared cell belongs to one of them.</source>
        <translation>{} paire(s) d'entités de la couche « {} » se chevauchent ({}) ; chaque cellule partagée est attribuée à une seule d'entre elles.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="51"/>
        <source>not connected: NoData separates the cores</source>
        <translation>non connecté : des cellules NoData séparent les zones cœurs</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="53"/>
        <source>cw_dist above the maximum ({:g})</source>
        <translation>cw_dist supérieure au maximum ({:g})</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="55"/>
        <source>euc_dist above the maximum ({:g})</source>
        <translation>euc_dist supérieure au maximum ({:g})</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="56"/>
        <source>least-cost path passes through core {}</source>
        <translation>le chemin de moindre coût traverse la zone cœur {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="56"/>
        <source>Least-cost corridors</source>
        <translation>Corridors de moindre coût</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="59"/>
        <source>&lt;p&gt;Maps least-cost corridors between core areas (protected areas, habitat cores) and the links of the network, the way Linkage Mapper&apos;s Linkage Pathways does (McRae and Kavanagh 2011).&lt;/p&gt;&lt;p&gt;For every core a cost-weighted distance (CWD) map is computed. A link between cores A and B has cw_dist = the least-cost distance between them (the smallest CWD from A over the cells of B). Its normalized least-cost corridor is NLCC = CWD from A + CWD from B - cw_dist: zero along the least-cost path, growing away from it. The corridor map is the smallest NLCC over the kept links.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell, projected CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Core areas&lt;/b&gt; and &lt;b&gt;Core id field&lt;/b&gt;: polygons, each with its own id.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt;: adjacent cores (their areas touch in the cost-allocation map; Linkage Mapper&apos;s default), all pairs, or each core&apos;s k nearest neighbours by cw_dist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum cw_dist / euc_dist&lt;/b&gt;: drop longer links (0: no limit).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Drop links through other cores&lt;/b&gt;: drop a link whose least-cost path crosses a third core.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Corridor width cut-off&lt;/b&gt;: cells whose NLCC exceeds it (cost units) are left out (0: none).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt; output: least-cost paths with from_core, to_core, cw_dist, euc_dist (edge to edge), lcp_length, cwd_to_euc, cwd_to_path, kept and the reason a link was dropped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cartographie les corridors de moindre coût entre zones cœurs (aires protégées, noyaux d'habitat) et les liens du réseau, comme le fait l'outil Linkage Pathways de Linkage Mapper (McRae et Kavanagh 2011).&lt;/p&gt;&lt;p&gt;Pour chaque zone cœur, une carte de distance pondérée par le coût (CWD, coût cumulé) est calculée. Un lien entre les zones cœurs A et B a pour cw_dist la distance de moindre coût qui les sépare (la plus petite CWD depuis A sur les cellules de B). Son corridor de moindre coût normalisé est NLCC = CWD depuis A + CWD depuis B - cw_dist : nul le long du chemin de moindre coût, il croît à mesure qu'on s'en éloigne. La carte des corridors est le plus petit NLCC sur l'ensemble des liens conservés.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Surface de résistance&lt;/b&gt; : résistance positive par cellule, SCR projeté.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zones cœurs&lt;/b&gt; et &lt;b&gt;Champ d'identifiant des zones cœurs&lt;/b&gt; : polygones, chacun avec son propre identifiant.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Liens&lt;/b&gt; : zones cœurs adjacentes (leurs zones se touchent dans la carte d'allocation de coût ; choix par défaut de Linkage Mapper), toutes les paires, ou les k plus proches voisins de chaque zone cœur selon cw_dist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;cw_dist / euc_dist maximale&lt;/b&gt; : écarte les liens plus longs (0 : pas de limite).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Écarter les liens dont le chemin traverse une autre zone cœur&lt;/b&gt; : écarte un lien dont le chemin de moindre coût traverse une troisième zone cœur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seuil de largeur du corridor&lt;/b&gt; : les cellules dont le NLCC le dépasse (en unités de coût) sont exclues (0 : aucun seuil).&lt;/p&gt;&lt;p&gt;Sortie &lt;b&gt;Liens&lt;/b&gt; : chemins de moindre coût avec from_core, to_core, cw_dist, euc_dist (de bord à bord), lcp_length, cwd_to_euc, cwd_to_path, kept et reason (raison pour laquelle un lien a été écarté).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="210"/>
        <source>Resistance surface</source>
        <translation>Surface de résistance</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="36"/>
        <source>Core areas</source>
        <translation>Zones cœurs</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="37"/>
        <source>Core id field</source>
        <translation>Champ d'identifiant des zones cœurs</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="45"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="82"/>
        <source>Adjacent cores (cost allocation)</source>
        <translation>Zones cœurs adjacentes (allocation de coût)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="82"/>
        <source>All pairs</source>
        <translation>Toutes les paires</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="82"/>
        <source>k nearest neighbours</source>
        <translation>k plus proches voisins</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="90"/>
        <source>k (nearest neighbours)</source>
        <translation>k (plus proches voisins)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="95"/>
        <source>Maximum cw_dist (0: none)</source>
        <translation>cw_dist maximale (0 : aucune)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="100"/>
        <source>Maximum euc_dist, map units (0: none)</source>
        <translation>euc_dist maximale, unités de carte (0 : aucune)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="109"/>
        <source>Drop links whose path crosses another core</source>
        <translation>Écarter les liens dont le chemin traverse une autre zone cœur</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="114"/>
        <source>Corridor width cut-off, cost units (0: none)</source>
        <translation>Seuil de largeur du corridor, unités de coût (0 : aucun)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="50"/>
        <source>Connect 4 neighbours only</source>
        <translation>Connexion aux 4 voisins uniquement</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="126"/>
        <source>Write 64-bit floating-point rasters (full precision)</source>
        <translation>Écrire des rasters en virgule flottante 64 bits (pleine précision)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="133"/>
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="135"/>
        <source>Links kept</source>
        <translation>Liens conservés</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="136"/>
        <source>Links dropped</source>
        <translation>Liens écartés</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="148"/>
        <source>The per-core cost distances are kept on disk in {}.</source>
        <translation>Les distances de coût de chaque zone cœur sont stockées sur disque dans {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="128"/>
        <source>core areas</source>
        <translation>zones cœurs</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="176"/>
        <source>Grid: {}; {} core areas.</source>
        <translation>Grille : {} ; {} zones cœurs.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="220"/>
        <source>{} candidate link(s): {} kept, {} dropped.</source>
        <translation>{} lien(s) candidat(s) : {} conservé(s), {} écarté(s).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="235"/>
        <source>Shortest</source>
        <translation>le plus court</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="235"/>
        <source>Longest</source>
        <translation>le plus long</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="236"/>
        <source>{} corridor: {} - {}, cw_dist {:,.1f}, path length {:,.0f}.</source>
        <translation>Corridor {} : {} - {}, cw_dist {:,.1f}, longueur du chemin {:,.0f}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="242"/>
        <source>The cores fall into {} groups that cannot reach each other: {}.</source>
        <translation>Les zones cœurs forment {} groupes qui ne peuvent pas s'atteindre les uns les autres : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="45"/>
        <source>Source feature(s) {} have no value in the id field {}.</source>
        <translation>Les entités sources {} n'ont pas de valeur dans le champ d'identifiant {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="135"/>
        <source>Cost distance</source>
        <translation>Distance de coût</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="76"/>
        <source>&lt;p&gt;Accumulated cost (cost-weighted distance) from the source features over a resistance surface, and optionally which source each cell is cheapest to reach from (allocation).&lt;/p&gt;&lt;p&gt;Moving between neighbouring cells a and b costs (resistance of a + resistance of b) / 2 times the distance between their centres: the definition of Circuitscape, Linkage Mapper (ArcGIS Cost Distance) and scikit-image MCP_Geometric. NoData cells cannot be crossed. The search is an exact Dijkstra shortest-path search.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell in a projected CRS (metres).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: points, lines or polygons; polygons take the cells whose centre lies inside, lines every cell they touch. Layers in another CRS are reprojected on the fly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source id field&lt;/b&gt;: features with the same id form one source; the allocation raster holds these ids (text ids are numbered 1..n, the log lists the numbers). Without it, every feature is a source of its own, labelled by its feature id.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect 4 neighbours only&lt;/b&gt;: orthogonal moves only (default: 8 neighbours).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum cost&lt;/b&gt;: cells beyond it are left NoData (faster on large rasters).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Write 64-bit floating-point rasters&lt;/b&gt;: full precision instead of Float32 (twice the size).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cost distance&lt;/b&gt;: Float32 raster of accumulated cost, NoData where unreachable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Allocation&lt;/b&gt;: Int32 raster of the nearest source&apos;s id.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Coût cumulé (distance pondérée par le coût) depuis les entités sources sur une surface de résistance et, en option, la source depuis laquelle chaque cellule est atteinte au moindre coût (allocation).&lt;/p&gt;&lt;p&gt;Se déplacer entre deux cellules voisines a et b coûte (résistance de a + résistance de b) / 2 multiplié par la distance entre leurs centres : c'est la définition de Circuitscape, de Linkage Mapper (Cost Distance d'ArcGIS) et de MCP_Geometric de scikit-image. Les cellules NoData sont infranchissables. La recherche est un calcul exact de plus court chemin par l'algorithme de Dijkstra.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Surface de résistance&lt;/b&gt; : résistance positive par cellule dans un SCR projeté (mètres).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt; : points, lignes ou polygones ; un polygone prend les cellules dont le centre est à l'intérieur, une ligne toutes les cellules qu'elle touche. Les couches dans un autre SCR sont reprojetées à la volée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Champ d'identifiant des sources&lt;/b&gt; : les entités ayant le même identifiant forment une seule source ; le raster d'allocation contient ces identifiants (les identifiants texte sont numérotés de 1 à n, le journal indique la numérotation). Sans ce champ, chaque entité est une source distincte, étiquetée par son ID d'entité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connexion aux 4 voisins uniquement&lt;/b&gt; : déplacements orthogonaux seulement (par défaut : 8 voisins).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Coût maximal&lt;/b&gt; : les cellules au-delà restent NoData (plus rapide sur les grands rasters).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Écrire des rasters en virgule flottante 64 bits&lt;/b&gt; : pleine précision au lieu de Float32 (taille double).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distance de coût&lt;/b&gt; : raster Float32 du coût cumulé, NoData là où aucune source n'est atteignable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Allocation&lt;/b&gt; : raster Int32 de l'identifiant de la source la plus proche.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="98"/>
        <source>Positive resistance per cell, in a projected CRS.</source>
        <translation>Résistance positive par cellule, dans un SCR projeté.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="104"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="105"/>
        <source>Source id field</source>
        <translation>Champ d'identifiant des sources</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="115"/>
        <source>Maximum cost (empty: no limit)</source>
        <translation>Coût maximal (vide : pas de limite)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="136"/>
        <source>Allocation (nearest source)</source>
        <translation>Allocation (source la plus proche)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="152"/>
        <source>The sources layer could not be loaded.</source>
        <translation>Impossible de charger la couche des sources.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="161"/>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="163"/>
        <source>{} source feature(s) lie outside the resistance surface and are ignored.</source>
        <translation>{} entité(s) source(s) hors de la surface de résistance, ignorée(s).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="169"/>
        <source>No source feature lies on the resistance surface.</source>
        <translation>Aucune entité source ne se trouve sur la surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="175"/>
        <source>Allocation values: {}</source>
        <translation>Valeurs d'allocation : {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="189"/>
        <source>Grid: {}.</source>
        <translation>Grille : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="208"/>
        <source>{:,} of {:,} passable cells reached; largest cost {:,.2f}.</source>
        <translation>{:,} cellules franchissables atteintes sur {:,} ; coût maximal {:,.2f}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="63"/>
        <source>Least-cost path</source>
        <translation>Chemin de moindre coût</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="43"/>
        <source>&lt;p&gt;The cheapest route across a resistance surface from a start feature to an end feature, as a line through cell centres with its accumulated cost and its length.&lt;/p&gt;&lt;p&gt;Costs follow the cost-distance definition of Circuitscape, Linkage Mapper and scikit-image MCP_Geometric: (resistance of a + resistance of b) / 2 times the step length. The path leaves the start where it is cheapest and ends in the cheapest cell of the end feature.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell in a projected CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start&lt;/b&gt; and &lt;b&gt;End&lt;/b&gt;: points, lines or polygons; all features of a layer together form the start (or end). Use &quot;Selected features only&quot; to pick one feature.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect 4 neighbours only&lt;/b&gt;: orthogonal moves only (default: 8 neighbours).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Least-cost path&lt;/b&gt;: a line with fields cost (accumulated cost), length (map units) and n_cells.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L'itinéraire le moins coûteux à travers une surface de résistance, d'une entité de départ à une entité d'arrivée, sous forme de ligne passant par les centres des cellules, avec son coût cumulé et sa longueur.&lt;/p&gt;&lt;p&gt;Les coûts suivent la définition de la distance de coût de Circuitscape, Linkage Mapper et MCP_Geometric de scikit-image : (résistance de a + résistance de b) / 2 multiplié par la longueur du pas. Le chemin quitte le départ là où c'est le moins coûteux et se termine dans la cellule de l'entité d'arrivée la moins coûteuse à atteindre.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Surface de résistance&lt;/b&gt; : résistance positive par cellule dans un SCR projeté.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Départ&lt;/b&gt; et &lt;b&gt;Arrivée&lt;/b&gt; : points, lignes ou polygones ; toutes les entités d'une couche forment ensemble le départ (ou l'arrivée). Utilisez « Entité(s) sélectionnée(s) uniquement » pour ne prendre qu'une entité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connexion aux 4 voisins uniquement&lt;/b&gt; : déplacements orthogonaux seulement (par défaut : 8 voisins).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Chemin de moindre coût&lt;/b&gt; : une ligne avec les champs cost (coût cumulé), length (en unités de carte) et n_cells.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="60"/>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="61"/>
        <source>End</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="71"/>
        <source>No {} feature lies on the resistance surface.</source>
        <translation>Aucune entité de la couche « {} » ne se trouve sur la surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="80"/>
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="81"/>
        <source>end</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="100"/>
        <source>Least-cost path: cost {:,.2f}, length {:,.1f} map units, {} cells.</source>
        <translation>Chemin de moindre coût : coût {:,.2f}, longueur {:,.1f} unités de carte, {} cellules.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/provider.py" line="44"/>
        <source>GPEC Connectivity</source>
        <translation>GPEC Connectivity</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="81"/>
        <source>&lt;p&gt;Builds a resistance surface for one species from a land-cover raster: each land-cover class gets the resistance of a table (or of a bundled training profile), roads, railways and fences are burnt in, and further rasters can be combined. The method is the usual one for Linkage Mapper and Circuitscape (Zeller, McGarigal and Whiteley 2012, Landscape Ecology 27:777-797).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Land cover&lt;/b&gt;: integer classes in a projected CRS; its NoData stays NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Species profile&lt;/b&gt;: a bundled training profile, or &quot;Resistance table&quot; to use your own.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resistance table&lt;/b&gt;: a CSV file or table layer with a class column, a resistance column and optionally a label column. An empty resistance (or NoData) makes a class impassable. Land-cover classes missing from the table stop the algorithm with a list of them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Linear features&lt;/b&gt;: line layers burnt onto the surface. Each feature&apos;s resistance is read from the resistance field when the layer has it, else the fixed value is used; likewise its width (map units). Every cell the feature&apos;s footprint touches is burnt, and lines are made 4-connected, so a barrier never leaks diagonally. &lt;b&gt;Burn mode&lt;/b&gt;: maximum (default: keep the higher of feature and land cover), replace, add or multiply.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Further rasters&lt;/b&gt; (advanced): rasters on exactly the same grid, combined by multiplication, addition or maximum; NoData anywhere gives NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: Float32 GeoTIFF, NoData -9999.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Construit une surface de résistance pour une espèce à partir d'un raster d'occupation du sol : chaque classe d'occupation du sol reçoit la résistance indiquée dans une table (ou dans un profil de formation fourni), les routes, voies ferrées et clôtures sont gravées dans la surface, et des rasters supplémentaires peuvent être combinés. C'est la méthode habituelle pour Linkage Mapper et Circuitscape (Zeller, McGarigal et Whiteley 2012, Landscape Ecology 27:777-797).&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Occupation du sol&lt;/b&gt; : classes entières dans un SCR projeté ; ses cellules NoData restent NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Profil d'espèce&lt;/b&gt; : un profil de formation fourni, ou « Table de résistance (ci-dessous) » pour utiliser votre propre table.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Table de résistance&lt;/b&gt; : un fichier CSV ou une couche table avec une colonne de classe, une colonne de résistance et, en option, une colonne de libellé. Une résistance vide (ou NoData) rend une classe infranchissable. Si des classes d'occupation du sol manquent dans la table, l'algorithme s'arrête et en donne la liste.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entités linéaires&lt;/b&gt; : couches de lignes gravées dans la surface. La résistance de chaque entité est lue dans le champ de résistance si la couche le possède, sinon la valeur fixe est utilisée ; de même pour sa largeur (unités de carte). Toutes les cellules touchées par l'emprise de l'entité sont gravées, et les lignes sont rendues 4-connexes, de sorte qu'un obstacle ne laisse jamais passer en diagonale. &lt;b&gt;Mode de gravure&lt;/b&gt; : maximum (par défaut : garde la plus élevée des résistances de l'entité et de l'occupation du sol), replace (remplacer), add (additionner) ou multiply (multiplier).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rasters supplémentaires&lt;/b&gt; (dans « Paramètres avancés ») : rasters sur exactement la même grille, combinés par multiplication (multiply), addition (add) ou maximum ; une cellule NoData dans l'un d'eux donne NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surface de résistance&lt;/b&gt; : GeoTIFF Float32, NoData -9999.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="103"/>
        <source>Land cover</source>
        <translation>Occupation du sol</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="104"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="115"/>
        <source>Species profile</source>
        <translation>Profil d'espèce</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="115"/>
        <source>Resistance table (below)</source>
        <translation>Table de résistance (ci-dessous)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="123"/>
        <source>Resistance table (CSV or table layer)</source>
        <translation>Table de résistance (CSV ou couche table)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="131"/>
        <source>Class field</source>
        <translation>Champ de classe</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="131"/>
        <source>Resistance field</source>
        <translation>Champ de résistance</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="131"/>
        <source>Label field (optional)</source>
        <translation>Champ de libellé (facultatif)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="146"/>
        <source>Linear features (roads, railways, fences)</source>
        <translation>Entités linéaires (routes, voies ferrées, clôtures)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="154"/>
        <source>Resistance field of the linear features</source>
        <translation>Champ de résistance des entités linéaires</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="162"/>
        <source>Resistance of linear features without that field</source>
        <translation>Résistance des entités linéaires sans ce champ</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="171"/>
        <source>Width field of the linear features (map units)</source>
        <translation>Champ de largeur des entités linéaires (unités de carte)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="179"/>
        <source>Width of linear features without that field (0: the line itself)</source>
        <translation>Largeur des entités linéaires sans ce champ (0 : la ligne seule)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="188"/>
        <source>Burn mode</source>
        <translation>Mode de gravure</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="193"/>
        <source>Further rasters to combine</source>
        <translation>Rasters supplémentaires à combiner</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="200"/>
        <source>Combine further rasters by</source>
        <translation>Combiner les rasters supplémentaires par</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="219"/>
        <source>Give a resistance table (CSV or table layer) or choose a bundled species profile.</source>
        <translation>Indiquez une table de résistance (CSV ou couche table) ou choisissez un profil d'espèce fourni.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="253"/>
        <source>Feature {} of {} has resistance {}; linear features need a positive resistance.</source>
        <translation>L'entité {} de {} a une résistance de {} ; les entités linéaires doivent avoir une résistance positive.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="264"/>
        <source>{}: {} feature(s) to burn.</source>
        <translation>{} : {} entité(s) à graver.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="286"/>
        <source>The land-cover raster could not be loaded.</source>
        <translation>Impossible de charger le raster d'occupation du sol.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="287"/>
        <source>land-cover raster</source>
        <translation>raster d'occupation du sol</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="290"/>
        <source>further raster</source>
        <translation>raster supplémentaire</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="297"/>
        <source>Every cell of the land-cover raster {} is NoData.</source>
        <translation>Toutes les cellules du raster d'occupation du sol {} sont NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="300"/>
        <source>Resistance table: {}.</source>
        <translation>Table de résistance : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="305"/>
        <source>cells</source>
        <translation>cellules</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="322"/>
        <source>{:,} cells burnt with the linear features ({}).</source>
        <translation>{:,} cellules gravées avec les entités linéaires (mode : {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="330"/>
        <source>Combined with {} raster(s) by {}.</source>
        <translation>Surface combinée avec {} raster(s) supplémentaire(s) (méthode : {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="332"/>
        <source>The resistance surface would be NoData everywhere.</source>
        <translation>La surface de résistance serait NoData partout.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="335"/>
        <source>Combining the rasters gives {} cell(s) with zero or negative resistance; check the further rasters.</source>
        <translation>La combinaison des rasters donne {} cellule(s) de résistance nulle ou négative ; vérifiez les rasters supplémentaires.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="344"/>
        <source>Resistance from {:g} to {:g}; {:,} NoData cells. Written {} ({}).</source>
        <translation>Résistance de {:g} à {:g} ; {:,} cellules NoData. Fichier écrit : {} ({}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="179"/>
        <source>kept</source>
        <translation>conservés</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="180"/>
        <source>dropped</source>
        <translation>écartés</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/polygons.py" line="52"/>
        <source>The working CRS {} is geographic (degrees). Choose a projected, equal-area CRS in metres, for example the Lambert azimuthal equal-area projection of your country or EPSG:6933.</source>
        <translation>Le SCR de travail {} est géographique (en degrés). Choisissez un SCR projeté à surfaces équivalentes, en mètres, par exemple la projection azimutale équivalente de Lambert de votre pays ou EPSG:6933.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/polygons.py" line="63"/>
        <source>The {} layer ({}) has no coordinate reference system. Assign its CRS (Layer Properties &gt; Source), then run again.</source>
        <translation>La couche « {} » ({}) n'a pas de système de coordonnées de référence. Définissez son SCR (Propriétés de la couche &gt; Source), puis relancez l'algorithme.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/polygons.py" line="72"/>
        <source>The {} layer ({}) is in a geographic CRS ({}), measured in degrees, so distances and areas would be wrong. Set the working CRS to a projected, equal-area CRS in metres (for example the Lambert azimuthal equal-area projection of your country, or EPSG:6933), or reproject the layers with Vector &gt; Data Management Tools &gt; Reproject Layer, then run again.</source>
        <translation>La couche « {} » ({}) est dans un SCR géographique ({}), exprimé en degrés : les distances et les superficies seraient fausses. Choisissez comme SCR de travail un SCR projeté à surfaces équivalentes, en mètres (par exemple la projection azimutale équivalente de Lambert de votre pays, ou EPSG:6933), ou reprojetez les couches avec Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche, puis relancez l'algorithme.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="120"/>
        <source>{} invalid geometr(ies) of the {} layer were repaired (feature ids {}).</source>
        <translation>{} géométrie(s) non valide(s) de la couche « {} » ont été réparée(s) (ID d'entité : {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/polygons.py" line="257"/>
        <source>{} node(s) get no cell of the resistance surface (they lie outside it or between cells): positions {}. Use a resistance surface that covers every node.</source>
        <translation>{} nœud(s) n'obtiennent aucune cellule de la surface de résistance (ils se trouvent hors de celle-ci ou entre des cellules) : positions {}. Utilisez une surface de résistance qui couvre tous les nœuds.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/barriers.py" line="65"/>
        <source>The search radius {:g} is smaller than a cell; use a radius of at least one cell.</source>
        <translation>Le rayon de recherche {:g} est inférieur à une cellule ; utilisez un rayon d'au moins une cellule.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/barriers.py" line="173"/>
        <source>Search radii must be positive.</source>
        <translation>Les rayons de recherche doivent être positifs.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="161"/>
        <source>There are no kept links to look for barriers on.</source>
        <translation>Aucun lien conservé sur lequel rechercher des barrières.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/barriers.py" line="180"/>
        <source>The restored resistance must be positive.</source>
        <translation>La résistance restaurée doit être positive.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/centrality.py" line="47"/>
        <source>The link between cores {} and {} has resistance {}; link resistances must be positive numbers.</source>
        <translation>Le lien entre les zones cœurs {} et {} a une résistance de {} ; les résistances des liens doivent être des nombres positifs.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/graph.py" line="50"/>
        <source>The conductance surface has {} negative cell(s); conductance must be zero or positive.</source>
        <translation>La surface de conductance contient {} cellule(s) négative(s) ; la conductance doit être nulle ou positive.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/graph.py" line="109"/>
        <source>The short-circuit regions must be on the grid of the resistance surface.</source>
        <translation>Les régions de court-circuit doivent être sur la grille de la surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/solver.py" line="68"/>
        <source>The AMG solver needs the Python package pyamg (see the README).</source>
        <translation>Le solveur AMG nécessite le paquet Python pyamg (voir le README).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/solver.py" line="120"/>
        <source>The linear solver did not converge ({} iterations). Check the resistance surface for extreme values.</source>
        <translation>Le solveur linéaire n'a pas convergé ({} itérations). Vérifiez que la surface de résistance ne contient pas de valeurs extrêmes.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/io.py" line="74"/>
        <source>The included-pairs file is empty.</source>
        <translation>Le fichier des paires incluses est vide.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/io.py" line="95"/>
        <source>The included-pairs file is not in Circuitscape&apos;s format: start with &quot;mode include&quot;, &quot;mode exclude&quot; or &quot;min&quot; and &quot;max&quot; lines.</source>
        <translation>Le fichier des paires incluses n'est pas au format de Circuitscape : il doit commencer par « mode include », « mode exclude » ou par des lignes « min » et « max ».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/io.py" line="119"/>
        <source>Line {} of the source strengths file is not &quot;id strength&quot;.</source>
        <translation>La ligne {} du fichier des intensités des sources n'est pas de la forme « id strength ».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/io.py" line="123"/>
        <source>Source strengths must not be negative (line {}).</source>
        <translation>Les intensités des sources ne doivent pas être négatives (ligne {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/modes.py" line="152"/>
        <source>Unknown mode {!r}; use one of {}.</source>
        <translation>Mode inconnu : {!r} ; valeurs possibles : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/modes.py" line="157"/>
        <source>Focal cells must lie on the resistance surface.</source>
        <translation>Les cellules focales doivent se trouver sur la surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/modes.py" line="161"/>
        <source>The focal regions must be on the grid of the resistance surface.</source>
        <translation>Les régions focales doivent être sur la grille de la surface de résistance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="331"/>
        <source>At least two focal regions are needed; found {}.</source>
        <translation>Il faut au moins deux régions focales ; nombre trouvé : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/modes.py" line="174"/>
        <source>Fewer than two focal regions lie on cells that conduct; focal regions entirely on NoData (or zero-conductance) cells: {}.</source>
        <translation>Moins de deux régions focales se trouvent sur des cellules conductrices ; régions focales entièrement sur des cellules NoData (ou de conductance nulle) : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="69"/>
        <source>The {} areas must be finite and not negative.</source>
        <translation>Les superficies {} doivent être finies et non négatives.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="110"/>
        <source>The reporting unit has no area.</source>
        <translation>L'unité de rapport a une superficie nulle.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="112"/>
        <source>The patches ({:,.6g}) cover more than the reporting unit ({:,.6g}).</source>
        <translation>Les fragments ({:,.6g}) couvrent plus que l'unité de rapport ({:,.6g}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="120"/>
        <source>Give one complete-patch area per patch piece.</source>
        <translation>Donnez une superficie de fragment complet pour chaque morceau de fragment.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="122"/>
        <source>A complete patch is smaller than its piece inside the unit.</source>
        <translation>Un fragment complet est plus petit que sa partie située dans l'unité.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="61"/>
        <source>The dispersal distance must be positive (got {}). Give it in map units (metres).</source>
        <translation>La distance de dispersion doit être positive (valeur reçue : {}). Indiquez-la en unités de carte (mètres).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="173"/>
        <source>The probability must lie strictly between 0 and 1 (got {}); 0.5 at the median dispersal distance is the usual choice.</source>
        <translation>La probabilité doit être strictement comprise entre 0 et 1 (valeur reçue : {}) ; le choix habituel est 0,5 à la distance médiane de dispersion.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="199"/>
        <source>The distance matrix must be square (got shape {}).</source>
        <translation>La matrice des distances doit être carrée (dimensions reçues : {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="217"/>
        <source>The pair lists i, j and d must have the same length.</source>
        <translation>Les listes de paires i, j et d doivent avoir la même longueur.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="219"/>
        <source>A pair refers to a node that does not exist.</source>
        <translation>Une paire fait référence à un nœud qui n'existe pas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="221"/>
        <source>A pair joins a node to itself.</source>
        <translation>Une paire relie un nœud à lui-même.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="229"/>
        <source>A pair of nodes appears twice in the pair list.</source>
        <translation>Une paire de nœuds apparaît deux fois dans la liste des paires.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="235"/>
        <source>The distance matrix has shape {} but there are {} nodes.</source>
        <translation>La matrice des distances a pour dimensions {} mais il y a {} nœuds.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="110"/>
        <source>Distances between nodes must be zero or positive.</source>
        <translation>Les distances entre nœuds doivent être nulles ou positives.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="272"/>
        <source>{} nodes with {} candidate links need about {} of memory but only {} is available. Set a maximum link distance (pairs farther apart are not linked directly; they still connect through stepping stones), or split the study area, then run again.</source>
        <translation>{} nœuds avec {} liens candidats nécessitent environ {} de mémoire mais seuls {} sont disponibles. Définissez une distance maximale des liens (les paires plus éloignées ne sont pas reliées directement ; elles restent connectées par des relais), ou divisez la zone d'étude, puis relancez l'algorithme.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="290"/>
        <source>Node attributes must be finite numbers (no NULL or NaN).</source>
        <translation>Les attributs des nœuds doivent être des nombres finis (ni NULL ni NaN).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="292"/>
        <source>Node attributes must be zero or positive ({} negative value(s)).</source>
        <translation>Les attributs des nœuds doivent être nuls ou positifs ({} valeur(s) négative(s)).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="806"/>
        <source>The landscape area A_L ({:,.6g}) is smaller than the total node attribute ({:,.6g}). A_L is the attribute of a single patch covering the whole study area: give the study-area area (in the attribute&apos;s units).</source>
        <translation>La superficie du paysage A_L ({:,.6g}) est inférieure à la somme des attributs des nœuds ({:,.6g}). A_L est l'attribut d'une tache unique couvrant toute la zone d'étude : indiquez la superficie de la zone d'étude (dans les unités de l'attribut).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/pinchpoints.py" line="123"/>
        <source>Pinch points need a positive corridor width cut-off (cost units).</source>
        <translation>Les points de pincement nécessitent un seuil de largeur du corridor positif (unités de coût).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="148"/>
        <source>There are no kept links to map pinch points on.</source>
        <translation>Aucun lien conservé sur lequel cartographier des points de pincement.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="102"/>
        <source>The {} distance matrix has shape {} where ({}, {}) is expected.</source>
        <translation>La matrice des distances {} a pour dimensions {} alors que ({}, {}) est attendu.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="175"/>
        <source>Protected areas must have a finite, non-negative area.</source>
        <translation>Les aires protégées doivent avoir une superficie finie et non négative.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="178"/>
        <source>The region has no area.</source>
        <translation>La région a une superficie nulle.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="182"/>
        <source>The protected area inside the region ({:,.6g}) exceeds the region&apos;s area ({:,.6g}); dissolve overlapping protected areas and clip them to the region first.</source>
        <translation>La superficie protégée à l'intérieur de la région ({:,.6g}) dépasse la superficie de la région ({:,.6g}) ; regroupez d'abord les aires protégées qui se chevauchent et découpez-les selon la région.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="50"/>
        <source>Barriers to restore</source>
        <translation>Barrières à restaurer</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="53"/>
        <source>&lt;p&gt;Finds the barriers whose restoration would most improve connectivity between core areas, as Linkage Mapper&apos;s Barrier Mapper does (McRae, Hall, Beier and Theobald 2012, PLoS ONE 7(12): e52604).&lt;/p&gt;&lt;p&gt;A circular window of a given radius centred on each cell is imagined restored to the restored resistance. The least-cost path through it costs the smallest cost-weighted distance from one core to the window&apos;s edge, plus the same from the other core, plus the diameter times the restored resistance. The improvement score is how much shorter that is than the link&apos;s least-cost distance, per map unit of window diameter (or raw); the map keeps the largest score over the kept links.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt;: the links layer of Least-cost corridors (kept links), or none to find them here with the corridors&apos; defaults. &lt;b&gt;Radii&lt;/b&gt;: from the minimum to the maximum by the step, in map units (at least one cell). &lt;b&gt;Restored resistance&lt;/b&gt;: 0 means the smallest resistance of the surface. &lt;b&gt;Score per unit of window diameter&lt;/b&gt;: off gives the raw reduction of cost distance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the best score over all radii, the radius that gave it, and optionally one band per radius. Scores are never negative (Linkage Mapper keeps negative values; restoring cannot lengthen a path).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Repère les barrières dont la restauration améliorerait le plus la connectivité entre zones cœurs, comme le fait l'outil Barrier Mapper de Linkage Mapper (McRae, Hall, Beier et Theobald 2012, PLoS ONE 7(12): e52604).&lt;/p&gt;&lt;p&gt;Une fenêtre circulaire de rayon donné, centrée sur chaque cellule, est supposée ramenée à la résistance restaurée. Le chemin de moindre coût qui la traverse coûte la plus petite distance pondérée par le coût entre une zone cœur et le bord de la fenêtre, plus la même distance depuis l'autre zone cœur, plus le diamètre multiplié par la résistance restaurée. Le score d'amélioration est le raccourcissement obtenu par rapport à la distance de moindre coût du lien, par unité de carte de diamètre de fenêtre (ou brut) ; la carte conserve le score le plus élevé sur l'ensemble des liens conservés.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Liens&lt;/b&gt; : la couche de liens produite par Corridors de moindre coût (liens conservés), ou aucune pour les déterminer ici avec les réglages par défaut des corridors. &lt;b&gt;Rayons&lt;/b&gt; : du minimum au maximum selon le pas, en unités de carte (au moins une cellule). &lt;b&gt;Résistance restaurée&lt;/b&gt; : 0 signifie la plus petite résistance de la surface. &lt;b&gt;Score par unité de diamètre de fenêtre&lt;/b&gt; : désactivé, donne la réduction brute de la distance de coût.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : le meilleur score sur l'ensemble des rayons, le rayon qui l'a donné et, en option, une bande par rayon. Les scores ne sont jamais négatifs (Linkage Mapper conserve les valeurs négatives ; une restauration ne peut pas allonger un chemin).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="77"/>
        <source>Minimum radius (map units)</source>
        <translation>Rayon minimal (unités de carte)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="77"/>
        <source>Maximum radius (map units)</source>
        <translation>Rayon maximal (unités de carte)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="77"/>
        <source>Radius step (map units)</source>
        <translation>Pas du rayon (unités de carte)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="83"/>
        <source>Restored resistance (0: smallest of the surface)</source>
        <translation>Résistance restaurée (0 : la plus petite de la surface)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="92"/>
        <source>Score per unit of window diameter</source>
        <translation>Score par unité de diamètre de fenêtre</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="98"/>
        <source>Barrier improvement</source>
        <translation>Amélioration par restauration des barrières</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="101"/>
        <source>Radius of the best improvement</source>
        <translation>Rayon de la meilleure amélioration</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="104"/>
        <source>Improvement per radius (one band each)</source>
        <translation>Amélioration par rayon (une bande par rayon)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="118"/>
        <source>The radii need 0 &lt; minimum &lt;= maximum; got {:g} and {:g}.</source>
        <translation>Les rayons doivent vérifier 0 &lt; minimum &lt;= maximum ; valeurs reçues : {:g} et {:g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="122"/>
        <source>The minimum radius ({:g}) must be at least one cell ({:g} map units).</source>
        <translation>Le rayon minimal ({:g}) doit valoir au moins une cellule ({:g} unités de carte).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="128"/>
        <source>The radius step must be above 0.</source>
        <translation>Le pas du rayon doit être supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="131"/>
        <source>That is {} radii; use a larger step (at most 100 radii).</source>
        <translation>Cela fait {} rayons ; utilisez un pas plus grand (100 rayons au maximum).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="138"/>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="179"/>
        <source>{} link(s), radii {}; restored resistance {:g}.</source>
        <translation>{} lien(s), rayons {} ; résistance restaurée {:g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="188"/>
        <source>Best improvement {:.4g} at ({:.0f}, {:.0f}), radius {:g}.</source>
        <translation>Meilleure amélioration {:.4g} en ({:.0f}, {:.0f}), rayon {:g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="194"/>
        <source>No window improves any link at these radii.</source>
        <translation>Aucune fenêtre n'améliore un lien avec ces rayons.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/base.py" line="17"/>
        <source>Resistance and cost distance</source>
        <translation>Résistance et distance de coût</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/base.py" line="19"/>
        <source>Circuit theory</source>
        <translation>Théorie des circuits</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/base.py" line="20"/>
        <source>Network and protected-area indicators</source>
        <translation>Indicateurs de réseau et d'aires protégées</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/base.py" line="21"/>
        <source>Landscape fragmentation</source>
        <translation>Fragmentation du paysage</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="52"/>
        <source>Centrality of cores and links</source>
        <translation>Centralité des zones cœurs et des liens</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="55"/>
        <source>&lt;p&gt;Current-flow centrality of the core areas and links of a corridor network, as Linkage Mapper&apos;s Centrality Mapper computes it (Carroll, McRae and Brookes 2012, Conservation Biology 26:78-87; current-flow betweenness of Brandes and Fleischer 2005). The cores are the nodes of a resistor network whose links have the resistance of a links field; 1 A passes between every pair of cores in turn and the current through each core and link is summed. Cores and links with high centrality hold the network together.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Core areas&lt;/b&gt; and &lt;b&gt;Core id field&lt;/b&gt;: as for the corridors. &lt;b&gt;Links&lt;/b&gt;: the links layer of Least-cost corridors or Pinch points. &lt;b&gt;Link resistance field&lt;/b&gt;: cw_dist (default) or eff_resist. &lt;b&gt;Kept links only&lt;/b&gt;: leave dropped links out of the network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the cores and the links with a field cf_central. A core&apos;s current in one pair counts the ampere that enters or leaves it, as Circuitscape reports node currents.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Centralité par flux de courant des zones cœurs et des liens d'un réseau de corridors, telle que la calcule l'outil Centrality Mapper de Linkage Mapper (Carroll, McRae et Brookes 2012, Conservation Biology 26:78-87 ; intermédiarité par flux de courant de Brandes et Fleischer 2005). Les zones cœurs sont les nœuds d'un réseau de résistances dont les liens ont la résistance indiquée par un champ de la couche des liens ; un courant de 1 A circule successivement entre chaque paire de zones cœurs, et le courant qui traverse chaque zone cœur et chaque lien est additionné. Les zones cœurs et les liens de forte centralité assurent la cohésion du réseau.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Zones cœurs&lt;/b&gt; et &lt;b&gt;Champ d'identifiant des zones cœurs&lt;/b&gt; : comme pour les corridors. &lt;b&gt;Liens&lt;/b&gt; : la couche de liens produite par Corridors de moindre coût ou Points de pincement. &lt;b&gt;Champ de résistance des liens&lt;/b&gt; : cw_dist (par défaut) ou eff_resist. &lt;b&gt;Liens conservés uniquement&lt;/b&gt; : exclut du réseau les liens écartés.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : les zones cœurs et les liens, avec un champ cf_central. Pour une paire donnée, le courant d'une zone cœur compte l'ampère qui y entre ou en sort, comme Circuitscape le fait pour les courants aux nœuds.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="78"/>
        <source>Link resistance field</source>
        <translation>Champ de résistance des liens</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="88"/>
        <source>Kept links only</source>
        <translation>Liens conservés uniquement</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="91"/>
        <source>Cores with centrality</source>
        <translation>Zones cœurs avec centralité</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="92"/>
        <source>Links with centrality</source>
        <translation>Liens avec centralité</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="105"/>
        <source>Each core needs its own id in {}.</source>
        <translation>Chaque zone cœur doit avoir son propre identifiant dans le champ {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="111"/>
        <source>The links layer has no link to build the network from.</source>
        <translation>La couche des liens ne contient aucun lien à partir duquel construire le réseau.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="114"/>
        <source>Network of {} cores and {} links, resistance from {}.</source>
        <translation>Réseau de {} zones cœurs et {} liens, résistance issue du champ {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="143"/>
        <source>Most central core: {} ({:.4g}).</source>
        <translation>Zone cœur la plus centrale : {} ({:.4g}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="34"/>
        <source>ProtConn[Within]: inside a protected area</source>
        <translation>ProtConn[Within] : à l'intérieur d'une aire protégée</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="35"/>
        <source>ProtConn[Contig]: between adjoining protected areas</source>
        <translation>ProtConn[Contig] : entre aires protégées contiguës</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="36"/>
        <source>ProtConn[Trans]: via protected areas across the border</source>
        <translation>ProtConn[Trans] : via des aires protégées au-delà de la frontière</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="37"/>
        <source>ProtConn[Unprot]: across unprotected land</source>
        <translation>ProtConn[Unprot] : à travers des terres non protégées</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="38"/>
        <source>ProtUnconn: protected but not connected</source>
        <translation>ProtUnconn : protégé mais non connecté</translation>
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
        <translation>Terres protégées connectées (ProtConn) selon la distance médiane de dispersion, en % de la superficie de la région</translation>
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
        <translation>Distance médiane de dispersion</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="193"/>
        <source>GBF Target 3 (30 %)</source>
        <translation>Objectif 3 du CMB (30 %)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="193"/>
        <source>Aichi Target 11 (17 %)</source>
        <translation>Objectif 11 d'Aichi (17 %)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="163"/>
        <source>{} feature(s) of the {} layer lie outside the resistance surface and are ignored.</source>
        <translation>{} entité(s) de la couche « {} » se trouvent hors de la surface de résistance et sont ignorées.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="182"/>
        <source>Focal points of different ids share a cell ({}); they are 0 apart.</source>
        <translation>Des points focaux d'identifiants différents partagent une cellule ({}) ; leur distance est nulle.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="190"/>
        <source>Focal regions of different ids overlap ({}). Each cell can belong to one focal region only: merge or separate them.</source>
        <translation>Des régions focales d'identifiants différents se chevauchent ({}). Chaque cellule ne peut appartenir qu'à une seule région focale : fusionnez-les ou séparez-les.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="207"/>
        <source>A feature could not be written: {}</source>
        <translation>Impossible d'écrire une entité : {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="45"/>
        <source>Links (from Least-cost corridors; optional)</source>
        <translation>Liens (issus de Corridors de moindre coût ; facultatif)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="55"/>
        <source>Average resistances instead of conductances</source>
        <translation>Moyenne des résistances au lieu des conductances</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="68"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="69"/>
        <source>Direct factorisation</source>
        <translation>Factorisation directe</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="70"/>
        <source>Multigrid (pyamg)</source>
        <translation>Multigrille (pyamg)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="71"/>
        <source>Conjugate gradients (Jacobi)</source>
        <translation>Gradients conjugués (Jacobi)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="73"/>
        <source>Solver</source>
        <translation>Solveur</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="89"/>
        <source>Edge to edge</source>
        <translation>De bord à bord</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="89"/>
        <source>Centroid to centroid</source>
        <translation>De centroïde à centroïde</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="89"/>
        <source>Least-cost (resistance surface)</source>
        <translation>Moindre coût (surface de résistance)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="101"/>
        <source>Distance type</source>
        <translation>Type de distance</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="102"/>
        <source>Resistance surface (least-cost distances)</source>
        <translation>Surface de résistance (distances de moindre coût)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="110"/>
        <source>Working CRS (projected, equal-area)</source>
        <translation>SCR de travail (projeté, à surfaces équivalentes)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="226"/>
        <source>Least-cost distances need a resistance surface: choose one, or another distance type.</source>
        <translation>Les distances de moindre coût nécessitent une surface de résistance : choisissez-en une, ou un autre type de distance.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="232"/>
        <source>The resistance surface is in {} but the analysis runs in {}. Reproject the raster (Raster &gt; Projections &gt; Warp) or set the working CRS to the raster&apos;s CRS.</source>
        <translation>La surface de résistance est en {} mais l'analyse s'effectue en {}. Reprojetez le raster (Raster &gt; Projections &gt; Projection (warp)) ou choisissez le SCR du raster comme SCR de travail.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="56"/>
        <source>The {} raster ({}) must hold whole-number ids.</source>
        <translation>Le raster « {} » ({}) doit contenir des identifiants entiers.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="61"/>
        <source>{} cell(s) of the {} raster hold negative ids and are ignored.</source>
        <translation>{} cellule(s) du raster « {} » contiennent des identifiants négatifs et sont ignorées.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="112"/>
        <source>Current flow (Circuitscape)</source>
        <translation>Flux de courant (Circuitscape)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="115"/>
        <source>&lt;p&gt;Circuit-theory connectivity (McRae et al. 2008, Ecology 89:2712-2724) with the conventions of Circuitscape&apos;s raster modes: effective resistance between focal regions and the cumulative current density map that shows where movement is funnelled.&lt;/p&gt;&lt;p&gt;Every cell is a node; neighbouring cells are joined by the mean of their conductances (or, with &lt;b&gt;Average resistances&lt;/b&gt;, the inverse of their mean resistance), diagonal links divided by sqrt(2). Cells sharing a focal id form one focal region; cells of a short-circuit region are one node. NoData and zero-conductance cells are no nodes. Pairs in different connected components are reported as not connected (an empty value).&lt;/p&gt;&lt;h3&gt;Modes&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Pairwise&lt;/b&gt;: 1 A between every pair of focal regions; a focal region is short-circuited only while its own pair is solved. &lt;b&gt;One-to-all&lt;/b&gt;: 1 A into each focal region in turn, all the others grounded. &lt;b&gt;All-to-one&lt;/b&gt;: each focal region in turn grounded, 1 A into every other one.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt; (or conductance with &lt;b&gt;Values are conductances&lt;/b&gt;): positive values; projected CRS. &lt;b&gt;Focal regions&lt;/b&gt;: a raster of whole-number ids (0 and NoData: none) or a point / polygon layer with an id field (features with the same id are one region). &lt;b&gt;Short-circuit regions&lt;/b&gt;: optional raster of ids on the same grid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solver&lt;/b&gt;: automatic (direct factorisation for small rasters, pyamg&apos;s algebraic multigrid when it is installed, else direct), or forced; the log says which ran.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: cumulative current density (Float32), effective resistances as CSV (pairwise: from_id,to_id,resistance; other modes: id,resistance), optionally the voltage of every run (one band per focal region) and a current map per pair (GeoTIFFs in a folder).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Connectivité selon la théorie des circuits (McRae et al. 2008, Ecology 89:2712-2724), avec les conventions des modes raster de Circuitscape : résistance effective entre régions focales et carte de densité de courant cumulée, qui montre où les déplacements sont canalisés.&lt;/p&gt;&lt;p&gt;Chaque cellule est un nœud ; les cellules voisines sont reliées par la moyenne de leurs conductances (ou, avec &lt;b&gt;Moyenne des résistances&lt;/b&gt;, par l'inverse de leur résistance moyenne), les liaisons diagonales étant divisées par sqrt(2). Les cellules partageant un même identifiant focal forment une région focale ; les cellules d'une région de court-circuit forment un seul nœud. Les cellules NoData et de conductance nulle ne sont pas des nœuds. Les paires situées dans des composantes connexes différentes sont signalées comme non connectées (valeur vide).&lt;/p&gt;&lt;h3&gt;Modes&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Par paires&lt;/b&gt; : 1 A entre chaque paire de régions focales ; une région focale n'est court-circuitée que pendant la résolution de sa propre paire. &lt;b&gt;Un vers tous&lt;/b&gt; : 1 A injecté successivement dans chaque région focale, toutes les autres étant reliées à la masse. &lt;b&gt;Tous vers un&lt;/b&gt; : chaque région focale est à son tour reliée à la masse, 1 A étant injecté dans chacune des autres.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Surface de résistance&lt;/b&gt; (ou de conductance avec &lt;b&gt;Les valeurs sont des conductances&lt;/b&gt;) : valeurs positives ; SCR projeté. &lt;b&gt;Régions focales&lt;/b&gt; : un raster d'identifiants entiers (0 et NoData : aucune) ou une couche de points / polygones avec un champ d'identifiant (les entités de même identifiant forment une seule région). &lt;b&gt;Régions de court-circuit&lt;/b&gt; : raster d'identifiants facultatif sur la même grille.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solveur&lt;/b&gt; : automatique (factorisation directe pour les petits rasters, multigrille algébrique de pyamg s'il est installé, sinon directe), ou imposé ; le journal indique lequel a été utilisé.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : densité de courant cumulée (Float32), résistances effectives au format CSV (par paires : from_id,to_id,resistance ; autres modes : id,resistance) et, en option, la tension de chaque exécution (une bande par région focale) et une carte de courant par paire (GeoTIFF dans un dossier).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="142"/>
        <source>Values are conductances</source>
        <translation>Les valeurs sont des conductances</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="147"/>
        <source>Focal regions (raster of ids)</source>
        <translation>Régions focales (raster d'identifiants)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="152"/>
        <source>Focal regions (points or polygons)</source>
        <translation>Régions focales (points ou polygones)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="157"/>
        <source>Focal region id field</source>
        <translation>Champ d'identifiant des régions focales</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="166"/>
        <source>Short-circuit regions (raster of ids)</source>
        <translation>Régions de court-circuit (raster d'identifiants)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="171"/>
        <source>Mask (cells &lt;= 0 or NoData are removed)</source>
        <translation>Masque (les cellules &lt;= 0 ou NoData sont exclues)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="178"/>
        <source>Included pairs (Circuitscape file)</source>
        <translation>Paires incluses (fichier Circuitscape)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="188"/>
        <source>Source strengths (Circuitscape file: id strength)</source>
        <translation>Intensités des sources (fichier Circuitscape : id strength)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="198"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="198"/>
        <source>Pairwise</source>
        <translation>Par paires</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="198"/>
        <source>One-to-all</source>
        <translation>Un vers tous</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="198"/>
        <source>All-to-one</source>
        <translation>Tous vers un</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="209"/>
        <source>Tolerance of iterative solvers</source>
        <translation>Tolérance des solveurs itératifs</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="221"/>
        <source>Cumulative current</source>
        <translation>Courant cumulé</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="224"/>
        <source>Effective resistances</source>
        <translation>Résistances effectives</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="224"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="229"/>
        <source>Voltages (one-to-all and all-to-one)</source>
        <translation>Tensions (un vers tous et tous vers un)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="237"/>
        <source>Current map of every pair or run (folder)</source>
        <translation>Carte de courant de chaque paire ou exécution (dossier)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="245"/>
        <source>Solver used</source>
        <translation>Solveur utilisé</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="246"/>
        <source>Pairs or runs not connected</source>
        <translation>Paires ou exécutions non connectées</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="253"/>
        <source>Give the focal regions as a raster or as a layer, not both.</source>
        <translation>Indiquez les régions focales sous forme de raster ou de couche, pas les deux.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="273"/>
        <source>focal regions</source>
        <translation>régions focales</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="269"/>
        <source>Give the focal regions (a raster of ids or a point/polygon layer).</source>
        <translation>Indiquez les régions focales (un raster d'identifiants ou une couche de points ou de polygones).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="272"/>
        <source>focal regions raster</source>
        <translation>raster des régions focales</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="323"/>
        <source>short-circuit regions raster</source>
        <translation>raster des régions de court-circuit</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="326"/>
        <source>mask</source>
        <translation>masque</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="336"/>
        <source>short-circuit</source>
        <translation>régions de court-circuit</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="342"/>
        <source>The mask removes {:,} cells.</source>
        <translation>Le masque exclut {:,} cellules.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="410"/>
        <source>Solver: {}; {} linear solve(s).</source>
        <translation>Solveur : {} ; {} résolution(s) linéaire(s).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="412"/>
        <source>Focal region(s) {} lie entirely on NoData cells and are reported as not connected.</source>
        <translation>Les régions focales {} se trouvent entièrement sur des cellules NoData et sont signalées comme non connectées.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="427"/>
        <source>Effective resistance from {:.6g} to {:.6g}.</source>
        <translation>Résistance effective de {:.6g} à {:.6g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="98"/>
        <source>The {} layer has no field {}; use the links written by the corridors algorithm.</source>
        <translation>La couche « {} » n'a pas de champ {} ; utilisez les liens produits par l'algorithme des corridors.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="115"/>
        <source>The {} layer names cores the core layer does not have: {}. Use the same core layer and id field as for the corridors.</source>
        <translation>La couche « {} » cite des zones cœurs absentes de la couche des zones cœurs : {}. Utilisez la même couche de zones cœurs et le même champ d'identifiant que pour les corridors.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="63"/>
        <source>Effective mesh size (landscape fragmentation)</source>
        <translation>Taille effective de maille (fragmentation du paysage)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="66"/>
        <source>&lt;p&gt;How much roads, railways, fences, built-up land or rivers fragment the landscape, per reporting unit: the effective mesh size m_eff of Jaeger (2000), the expected area reachable from a random point without crossing a barrier, with the cross-boundary connections (CBC) procedure of Moser et al. (2007).&lt;/p&gt;&lt;p&gt;The barriers, widened to their width, are cut out of the units; the remaining connected pieces are the patches. Cutting-out: m_eff = sum A_i^2 / A_total, the patches clipped at the unit&apos;s boundary. CBC: m_eff = sum A_i A_i_cmpl / A_total, each piece weighted by the area of its complete patch across the unit&apos;s boundary (within all units together). A_total is the whole unit, barriers included.&lt;/p&gt;&lt;p&gt;Table (areas in km2): unit, area, meff, seff (effective mesh density, meshes per 1000 km2 = 1000 / meff), neff (effective mesh number = area / meff), patches; with a proposed barrier layer also meff_after, seff_after and meff_change_pct.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Barriers&lt;/b&gt;: one or more line, polygon or point layers. Lines and points are widened to the &lt;b&gt;Barrier width&lt;/b&gt; (map units); a feature&apos;s value in the &lt;b&gt;width field&lt;/b&gt; (e.g. width_m) overrides it, and widens polygons by half of it on each side (polygons are otherwise used as they are). Lines without width still cut the land (they are drawn 1 cm wide).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Évalue à quel point les routes, voies ferrées, clôtures, zones bâties ou cours d'eau fragmentent le paysage, par unité de rapport : la taille effective de maille m_eff de Jaeger (2000), c'est-à-dire la superficie que l'on peut espérer atteindre depuis un point pris au hasard sans franchir de barrière, avec la méthode des connexions au-delà des limites (CBC) de Moser et al. (2007).&lt;/p&gt;&lt;p&gt;Les barrières, élargies à leur largeur, sont soustraites des unités ; les morceaux connexes restants sont les fragments. Découpage : m_eff = sum A_i^2 / A_total, les fragments étant découpés à la limite de l'unité. CBC : m_eff = sum A_i A_i_cmpl / A_total, chaque morceau étant pondéré par la superficie de son fragment complet au-delà de la limite de l'unité (sur l'ensemble des unités). A_total est l'unité entière, barrières comprises.&lt;/p&gt;&lt;p&gt;Table (superficies en km2) : unit, area, meff, seff (densité effective de mailles, nombre de mailles pour 1000 km2 = 1000 / meff), neff (nombre effectif de mailles = area / meff), patches ; avec une couche de barrières projetées, également meff_after, seff_after et meff_change_pct.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Barrières&lt;/b&gt; : une ou plusieurs couches de lignes, de polygones ou de points. Les lignes et les points sont élargis à la &lt;b&gt;Largeur des barrières&lt;/b&gt; (unités de carte) ; la valeur d'une entité dans le &lt;b&gt;champ de largeur&lt;/b&gt; (par exemple width_m) la remplace, et élargit les polygones de la moitié de cette valeur de chaque côté (sinon, les polygones sont utilisés tels quels). Les lignes sans largeur découpent tout de même le territoire (elles sont tracées avec une largeur de 1 cm).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="86"/>
        <source>Reporting units</source>
        <translation>Unités de rapport</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="86"/>
        <source>Unit name field</source>
        <translation>Champ de nom des unités</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="90"/>
        <source>Barriers</source>
        <translation>Barrières</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="93"/>
        <source>Barrier width (map units)</source>
        <translation>Largeur des barrières (unités de carte)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="98"/>
        <source>Barrier width field (overrides the width)</source>
        <translation>Champ de largeur des barrières (remplace la largeur)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="98"/>
        <source>Name of a numeric field holding each barrier&apos;s width in map units, e.g. width_m.</source>
        <translation>Nom d'un champ numérique contenant la largeur de chaque barrière en unités de carte, par exemple width_m.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="109"/>
        <source>Procedure</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="109"/>
        <source>Cutting-out (CUT)</source>
        <translation>Découpage (CUT)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="109"/>
        <source>Cross-boundary connections (CBC)</source>
        <translation>Connexions au-delà des limites (CBC)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="117"/>
        <source>Proposed barriers (before/after)</source>
        <translation>Barrières projetées (avant/après)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="123"/>
        <source>Effective mesh size</source>
        <translation>Taille effective de maille</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="141"/>
        <source>reporting units</source>
        <translation>unités de rapport</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="144"/>
        <source>Choose at least one barrier layer.</source>
        <translation>Choisissez au moins une couche de barrières.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="155"/>
        <source>The barrier layer {} has no features.</source>
        <translation>La couche de barrières {} ne contient aucune entité.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="164"/>
        <source>{} barrier features; merging their footprints...</source>
        <translation>{} entités barrières ; fusion de leurs emprises...</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="172"/>
        <source>proposed barriers</source>
        <translation>barrières projetées</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="180"/>
        <source>The proposed barrier layer has no features; the after columns equal before.</source>
        <translation>La couche des barrières projetées ne contient aucune entité ; les colonnes « après » sont égales aux colonnes « avant ».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="212"/>
        <source>{}: m_eff {:,.2f} km2 -&gt; {:,.2f} km2 ({:+.1f} %).</source>
        <translation>{} : m_eff {:,.2f} km2 -&gt; {:,.2f} km2 ({:+.1f} %).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="217"/>
        <source>{}: m_eff {:,.2f} km2, s_eff {:.3f} per 1000 km2.</source>
        <translation>{} : m_eff {:,.2f} km2, s_eff {:.3f} pour 1000 km2.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="118"/>
        <source>Habitat network indices (PC, IIC, ECA, dPC)</source>
        <translation>Indices de réseau d'habitat (PC, IIC, ECA, dPC)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="153"/>
        <source>Patches</source>
        <translation>Taches d'habitat</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="153"/>
        <source>Habitat patches or protected areas (polygons); each feature is one node.</source>
        <translation>Taches d'habitat ou aires protégées (polygones) ; chaque entité est un nœud.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="159"/>
        <source>Patch id field (labels the links; empty: feature id)</source>
        <translation>Champ d'identifiant des taches (étiquette les liens ; vide : ID d'entité)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="168"/>
        <source>Attribute field (empty: area in m2)</source>
        <translation>Champ d'attribut (vide : superficie en m2)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="168"/>
        <source>Node attribute a_i, e.g. a quality-weighted area. Empty: the patch area.</source>
        <translation>Attribut du nœud a_i, par exemple une superficie pondérée par la qualité. Vide : la superficie de la tache.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="182"/>
        <source>Dispersal distance (map units)</source>
        <translation>Distance de dispersion (unités de carte)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="182"/>
        <source>The distance at which the direct probability equals Probability (the median dispersal distance for 0.5); also the threshold of IIC&apos;s binary links.</source>
        <translation>La distance à laquelle la probabilité directe est égale à la « Probabilité à cette distance » (la distance médiane de dispersion pour 0,5) ; c'est aussi le seuil des liens binaires de l'IIC.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="146"/>
        <source>Probability at that distance</source>
        <translation>Probabilité à cette distance</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="214"/>
        <source>Maximum link distance (0: none)</source>
        <translation>Distance maximale des liens (0 : aucune)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="223"/>
        <source>Landscape area A_L, m2 (0: study area or total)</source>
        <translation>Superficie du paysage A_L, m2 (0 : zone d'étude ou total)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="232"/>
        <source>Study area (for A_L)</source>
        <translation>Zone d'étude (pour A_L)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="237"/>
        <source>Distances and areas are computed in this CRS; empty: the CRS of the patches.</source>
        <translation>Les distances et les superficies sont calculées dans ce SCR ; vide : le SCR des taches.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="242"/>
        <source>Tolerance of the importance values</source>
        <translation>Tolérance des valeurs d'importance</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="242"/>
        <source>Pairs of patches so improbable that together they could change no dPC by more than 100 x tolerance percentage points are left out of the stepping-stone search. 0: exact.</source>
        <translation>Les paires de taches si improbables qu'ensemble elles ne pourraient modifier aucun dPC de plus de 100 x tolérance points de pourcentage sont exclues de la recherche des relais. 0 : calcul exact.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="259"/>
        <source>Nodes with importance</source>
        <translation>Nœuds avec importance</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="265"/>
        <source>Summary</source>
        <translation>Résumé</translation>
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
        <translation>Composantes</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="308"/>
        <source>patches</source>
        <translation>taches</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="313"/>
        <source>area (m2)</source>
        <translation>superficie (m2)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="369"/>
        <source>{} patch(es) have no value in the attribute field {} (feature ids {}). Fill them in.</source>
        <translation>{} tache(s) n'ont pas de valeur dans le champ d'attribut {} (ID d'entité : {}). Renseignez-les.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="386"/>
        <source>study area</source>
        <translation>zone d'étude</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="481"/>
        <source>PC = {:.6g}, ECA(PC) = {:,.6g}; IIC = {:.6g}, ECA(IIC) = {:,.6g}; {} component(s).</source>
        <translation>PC = {:.6g}, ECA(PC) = {:,.6g} ; IIC = {:.6g}, ECA(IIC) = {:,.6g} ; {} composante(s).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="487"/>
        <source>{:,} links were written; set a maximum link distance for a lighter link layer.</source>
        <translation>{:,} liens ont été écrits ; définissez une distance maximale des liens pour obtenir une couche de liens plus légère.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="496"/>
        <source>Most important patches (dPC): {}.</source>
        <translation>Taches les plus importantes (dPC) : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="105"/>
        <source>Pinch points</source>
        <translation>Points de pincement</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="64"/>
        <source>&lt;p&gt;Where movement is funnelled inside least-cost corridors, as Linkage Mapper&apos;s Pinchpoint Mapper maps it (McRae 2012; circuit theory of McRae et al. 2008). For every kept link, the corridor is truncated where its normalized least-cost corridor exceeds the width cut-off, and Circuitscape&apos;s pairwise current flows between the link&apos;s two cores inside it (each core one short-circuited focal region). The current maps of all links are combined by their maximum; each link&apos;s own cores are left NoData.&lt;/p&gt;&lt;p&gt;The links table gains eff_resist (the link&apos;s effective resistance times the cell size, comparable with cw_dist, as Linkage Mapper reports it) and cwd_to_eff_resist = cw_dist / eff_resist: about 1 for a single narrow route, higher when the corridor offers many alternative routes (its effective resistance is then far below cw_dist).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;, &lt;b&gt;Core areas&lt;/b&gt; and &lt;b&gt;Core id field&lt;/b&gt;: as for the corridors. &lt;b&gt;Links&lt;/b&gt;: the links layer written by Least-cost corridors (its kept links are used); without it the links are found here with the corridors&apos; defaults (adjacent cores, links through other cores dropped). &lt;b&gt;Corridor width cut-off&lt;/b&gt;: in cost units. &lt;b&gt;All-to-one&lt;/b&gt;: also solve all cores at once in all-to-one mode across the whole truncated corridor network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Localise les endroits où les déplacements sont canalisés à l'intérieur des corridors de moindre coût, comme le fait l'outil Pinchpoint Mapper de Linkage Mapper (McRae 2012 ; théorie des circuits de McRae et al. 2008). Pour chaque lien conservé, le corridor est tronqué là où son corridor de moindre coût normalisé dépasse le seuil de largeur, et le courant par paires de Circuitscape circule à l'intérieur entre les deux zones cœurs du lien (chaque zone cœur formant une région focale court-circuitée). Les cartes de courant de tous les liens sont combinées par leur maximum ; les zones cœurs propres à chaque lien restent NoData.&lt;/p&gt;&lt;p&gt;La table des liens reçoit eff_resist (la résistance effective du lien multipliée par la taille de cellule, comparable à cw_dist, telle que la rapporte Linkage Mapper) et cwd_to_eff_resist = cw_dist / eff_resist : environ 1 pour un itinéraire unique et étroit, plus élevé lorsque le corridor offre de nombreux itinéraires alternatifs (sa résistance effective est alors très inférieure à cw_dist).&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Surface de résistance&lt;/b&gt;, &lt;b&gt;Zones cœurs&lt;/b&gt; et &lt;b&gt;Champ d'identifiant des zones cœurs&lt;/b&gt; : comme pour les corridors. &lt;b&gt;Liens&lt;/b&gt; : la couche de liens produite par Corridors de moindre coût (ses liens conservés sont utilisés) ; sans elle, les liens sont déterminés ici avec les réglages par défaut des corridors (zones cœurs adjacentes, liens traversant d'autres zones cœurs écartés). &lt;b&gt;Seuil de largeur du corridor&lt;/b&gt; : en unités de coût. &lt;b&gt;Tous vers un&lt;/b&gt; : résout aussi toutes les zones cœurs en une fois, en mode tous vers un, sur l'ensemble du réseau de corridors tronqués.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="88"/>
        <source>Corridor width cut-off, cost units</source>
        <translation>Seuil de largeur du corridor, unités de coût</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="97"/>
        <source>Also solve all cores at once (all-to-one)</source>
        <translation>Résoudre aussi toutes les zones cœurs en une fois (tous vers un)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="108"/>
        <source>Links with effective resistance</source>
        <translation>Liens avec résistance effective</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="111"/>
        <source>All-to-one current</source>
        <translation>Courant tous vers un</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="133"/>
        <source>Set a corridor width cut-off (cost units) above 0.</source>
        <translation>Définissez un seuil de largeur du corridor (unités de coût) supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="149"/>
        <source>{} kept link(s); corridors truncated at {:g} cost units.</source>
        <translation>{} lien(s) conservé(s) ; corridors tronqués à {:g} unités de coût.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="169"/>
        <source>Solver: {}.</source>
        <translation>Solveur : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="184"/>
        <source>Link {} - {}: cw_dist {:,.1f}, eff_resist {:,.1f}, cwd_to_eff_resist {:.3g}.</source>
        <translation>Lien {} - {} : cw_dist {:,.1f}, eff_resist {:,.1f}, cwd_to_eff_resist {:.3g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="54"/>
        <source>&apos;{}&apos; is not a distance. Give the dispersal distances as numbers separated by commas.</source>
        <translation>« {} » n'est pas une distance. Indiquez les distances de dispersion sous forme de nombres séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="69"/>
        <source>Give at least one dispersal distance, e.g. 10000.</source>
        <translation>Indiquez au moins une distance de dispersion, par exemple 10000.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="100"/>
        <source>Protected connected land (ProtConn)</source>
        <translation>Terres protégées connectées (ProtConn)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="128"/>
        <source>Protected areas</source>
        <translation>Aires protégées</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="131"/>
        <source>Reporting regions</source>
        <translation>Régions de rapport</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="131"/>
        <source>Region name field</source>
        <translation>Champ de nom des régions</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="135"/>
        <source>Median dispersal distances (comma-separated, map units)</source>
        <translation>Distances médianes de dispersion (séparées par des virgules, unités de carte)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="135"/>
        <source>For example 1000, 10000, 100000 for 1, 10 and 100 km.</source>
        <translation>Par exemple 1000, 10000, 100000 pour 1, 10 et 100 km.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="151"/>
        <source>Transboundary protected areas act as stepping stones</source>
        <translation>Les aires protégées transfrontalières servent de relais</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="158"/>
        <source>Transboundary buffer (map units)</source>
        <translation>Zone tampon transfrontalière (unités de carte)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="170"/>
        <source>ProtConn table</source>
        <translation>Table ProtConn</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="173"/>
        <source>Regions with ProtConn (last distance)</source>
        <translation>Régions avec ProtConn (dernière distance)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="181"/>
        <source>Charts folder (PNG and SVG)</source>
        <translation>Dossier des graphiques (PNG et SVG)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="198"/>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="215"/>
        <source>regions</source>
        <translation>régions</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="217"/>
        <source>protected areas</source>
        <translation>aires protégées</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="218"/>
        <source>Dissolving {} protected areas...</source>
        <translation>Regroupement de {} aires protégées...</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="220"/>
        <source>{} protected polygons form {} units once overlapping and adjoining areas are merged.</source>
        <translation>{} polygones protégés forment {} unités une fois les aires superposées et contiguës fusionnées.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="246"/>
        <source>Region {} has no area; it is skipped.</source>
        <translation>La région {} a une superficie nulle ; elle est ignorée.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="250"/>
        <source>{}: Prot {:.2f} %, ProtConn {:.2f} % at {:g} ({} protected units, {} transboundary).</source>
        <translation>{} : Prot {:.2f} %, ProtConn {:.2f} % à {:g} ({} unités protégées, {} transfrontalières).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="339"/>
        <source>ProtConn: {}</source>
        <translation>ProtConn : {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="346"/>
        <source>{} chart(s) written to {}.</source>
        <translation>{} graphique(s) écrit(s) dans {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="107"/>
        <source>patch</source>
        <translation>des fragments</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="118"/>
        <source>complete patch</source>
        <translation>des fragments complets</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="190"/>
        <source>protected-area</source>
        <translation>entre aires protégées</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="218"/>
        <source>region part</source>
        <translation>entre parties de région</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="157"/>
        <source>The barrier layer {} has no field {}; its features take the default width.</source>
        <translation>La couche de barrières {} n'a pas de champ {} ; ses entités prennent la largeur par défaut.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="110"/>
        <source>{} geometr(ies) of the {} layer are invalid and cannot be repaired (feature ids {}). Fix them (Vector geometry &gt; Fix geometries, or edit them) or remove them, then run again.</source>
        <translation>{} géométrie(s) de la couche « {} » sont invalides et ne peuvent pas être réparées (identifiants des entités : {}). Corrigez-les (Géométrie vectorielle &gt; Réparer les géométries, ou en les modifiant) ou supprimez-les, puis relancez.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="160"/>
        <source>Feature {} of the {} has {} = {!r}, which is not a positive number; the default is used.</source>
        <translation>L'entité {} de la couche « {} » a {} = {!r}, qui n'est pas un nombre positif ; la valeur par défaut est utilisée.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="164"/>
        <source>Feature {} of the {} has {} = {!r}, which is not a number; the default is used.</source>
        <translation>L'entité {} de la couche « {} » a {} = {!r}, qui n'est pas un nombre ; la valeur par défaut est utilisée.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="221"/>
        <source>These areas lie entirely on NoData cells of the resistance surface, so nothing can leave them: {}. Check that the areas and the resistance surface cover the same ground, or leave these out.</source>
        <translation>Ces zones se trouvent entièrement sur des cellules NoData de la surface de résistance, rien ne peut donc en sortir : {}. Vérifiez que les zones et la surface de résistance couvrent le même territoire, ou excluez ces zones.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="139"/>
        <source>The resistance surface has {} cell(s) with zero or negative resistance (smallest {:g}). Resistance must be positive: set those cells to a small positive value (in circuit theory, a short-circuit region joins cells at no cost), or to NoData if they cannot be crossed.</source>
        <translation>La surface de résistance compte {} cellule(s) de résistance nulle ou négative (plus petite valeur : {:g}). La résistance doit être positive : donnez à ces cellules une petite valeur positive (en théorie des circuits, une région en court-circuit relie des cellules sans coût), ou NoData si elles ne peuvent pas être traversées.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="705"/>
        <source>The IIC link distance must be positive, or 0 for the dispersal distance (got {}). Give it in map units (metres).</source>
        <translation>La distance des liens IIC doit être positive, ou 0 pour la distance de dispersion (valeur reçue : {}). Indiquez-la en unités de carte (mètres).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="422"/>
        <source>{} of {} pairs connected.</source>
        <translation>{} paires connectées sur {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="424"/>
        <source>{} of {} focal regions connected.</source>
        <translation>{} régions focales connectées sur {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="207"/>
        <source>{}: m_eff {:,.2f} km2 -&gt; {:,.2f} km2 (no relative change: the unit was entirely barrier before).</source>
        <translation>{} : m_eff {:,.2f} km2 -&gt; {:,.2f} km2 (pas de variation relative : l'unité était auparavant entièrement un obstacle).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="121"/>
        <source>&lt;p&gt;Connectivity of a network of habitat patches or protected areas, as Conefor computes it: the Probability of Connectivity (PC), the Integral Index of Connectivity (IIC), their Equivalent Connected Area (ECA) and the importance of every patch and link (Saura and Pascual-Hortal 2007; Saura and Rubio 2010; Saura et al. 2011).&lt;/p&gt;&lt;p&gt;PC = sum of a_i a_j p*_ij / A_L^2, where p*_ij is the best product of direct probabilities p_ij = exp(-k d_ij) along any path (stepping stones count) and k makes the probability equal to &lt;b&gt;Probability&lt;/b&gt; at the &lt;b&gt;Dispersal distance&lt;/b&gt;. IIC = sum of a_i a_j / (1 + nl_ij) / A_L^2 with nl_ij the number of links on the shortest path through binary links d_ij &amp;lt;= the dispersal distance. ECA = sqrt(sum a_i a_j p*_ij).&lt;/p&gt;&lt;p&gt;For each patch: dPC, the percentage of PC lost if the patch disappeared, split into dPCintra (its own area), dPCflux (what flows from and to it) and dPCconnector (its role as a stepping stone between others); dIIC likewise; bc_pc, the sum of a_i a_j p*_ij over the pairs whose best path passes through it (Bodin and Saura 2010). For each link: p_ij, p*_ij and the dPC of the link.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Patches&lt;/b&gt;: polygons in a projected CRS (or set the &lt;b&gt;Working CRS&lt;/b&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Attribute field&lt;/b&gt;: empty for the patch area in m2, or a field (quality-weighted area).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distance type&lt;/b&gt;: edge to edge (default), between centroids, least-cost over a &lt;b&gt;Resistance surface&lt;/b&gt; (cost units), or between centroids replaced by a point on the surface where the centroid falls outside the patch (crescents, rings; as Makurhini).&lt;/p&gt;&lt;p&gt;&lt;b&gt;IIC link distance&lt;/b&gt;: the threshold of IIC&apos;s binary links when it differs from the dispersal distance (Conefor&apos;s -confAdj and -confProb); 0 takes the dispersal distance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum link distance&lt;/b&gt;: pairs farther apart get no direct link (0: every pair); needed for large networks.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Landscape area&lt;/b&gt; A_L (m2): 0 takes the area of the &lt;b&gt;Study area&lt;/b&gt; if given, else the total attribute.&lt;/p&gt;&lt;p&gt;Outputs: the patches with the fields attribute, component, d_iic (and fractions), d_pc, d_pc_intra, d_pc_flux, d_pc_connector, bc_pc; the links; a one-row table with iic, pc, eca_pc, eca_iic and components (groups of patches joined by binary links).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Connectivité d'un réseau de taches d'habitat ou d'aires protégées, telle que la calcule Conefor : la probabilité de connectivité (PC), l'indice intégral de connectivité (IIC), leur aire connectée équivalente (ECA) et l'importance de chaque tache et de chaque lien (Saura et Pascual-Hortal 2007 ; Saura et Rubio 2010 ; Saura et al. 2011).&lt;/p&gt;&lt;p&gt;PC = somme des a_i a_j p*_ij / A_L^2, où p*_ij est le meilleur produit des probabilités directes p_ij = exp(-k d_ij) le long de tout chemin (les relais comptent) et k rend la probabilité égale à la &lt;b&gt;Probabilité&lt;/b&gt; à la &lt;b&gt;Distance de dispersion&lt;/b&gt;. IIC = somme des a_i a_j / (1 + nl_ij) / A_L^2, avec nl_ij le nombre de liens du plus court chemin passant par des liens binaires d_ij &lt;= la distance de dispersion. ECA = sqrt(somme des a_i a_j p*_ij).&lt;/p&gt;&lt;p&gt;Pour chaque tache : dPC, le pourcentage de PC perdu si la tache disparaissait, décomposé en dPCintra (sa propre superficie), dPCflux (ce qui circule depuis et vers elle) et dPCconnector (son rôle de relais entre les autres) ; dIIC de même ; bc_pc, la somme des a_i a_j p*_ij sur les paires dont le meilleur chemin passe par elle (Bodin et Saura 2010). Pour chaque lien : p_ij, p*_ij et le dPC du lien.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Taches d'habitat&lt;/b&gt; : polygones dans un SCR projeté (ou définissez le &lt;b&gt;SCR de travail&lt;/b&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Champ d'attribut&lt;/b&gt; : vide pour la superficie de la tache en m2, ou un champ (superficie pondérée par la qualité).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Type de distance&lt;/b&gt; : de bord à bord (par défaut), entre centroïdes, de moindre coût sur une &lt;b&gt;Surface de résistance&lt;/b&gt; (unités de coût), ou entre centroïdes, remplacés par un point sur la surface lorsque le centroïde tombe hors de la tache (croissants, anneaux ; comme Makurhini).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distance des liens IIC&lt;/b&gt; : le seuil des liens binaires de l'IIC lorsqu'il diffère de la distance de dispersion (-confAdj et -confProb de Conefor) ; 0 prend la distance de dispersion.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distance maximale des liens&lt;/b&gt; : les paires plus éloignées n'ont pas de lien direct (0 : toutes les paires) ; nécessaire pour les grands réseaux.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Superficie du paysage&lt;/b&gt; A_L (m2) : 0 prend la superficie de la &lt;b&gt;Zone d'étude&lt;/b&gt; si elle est fournie, sinon le total de l'attribut.&lt;/p&gt;&lt;p&gt;Sorties : les taches avec les champs attribute, component, d_iic (et ses fractions), d_pc, d_pc_intra, d_pc_flux, d_pc_connector, bc_pc ; les liens ; une table d'une ligne avec iic, pc, eca_pc, eca_iic et components (groupes de taches reliées par des liens binaires).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="193"/>
        <source>IIC link distance (map units; 0: the dispersal distance)</source>
        <translation>Distance des liens IIC (unités de carte ; 0 : la distance de dispersion)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="193"/>
        <source>Pairs at most this far apart are IIC&apos;s binary links (and define the components); empty or 0: the dispersal distance. PC does not depend on it.</source>
        <translation>Les paires séparées au plus de cette distance forment les liens binaires de l'IIC (et définissent les composantes) ; vide ou 0 : la distance de dispersion. La PC n'en dépend pas.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="313"/>
        <source>{} nodes, attribute {}, A_L = {:,.6g}; dispersal distance {:g} (p = {:g}).</source>
        <translation>{} nœuds, attribut {}, A_L = {:,.6g} ; distance de dispersion {:g} (p = {:g}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="318"/>
        <source>Distance type: {}.</source>
        <translation>Type de distance : {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="89"/>
        <source>Centroid, or a point on the surface where the centroid falls outside the patch (Makurhini)</source>
        <translation>Centroïde, ou un point sur la surface lorsque le centroïde tombe hors de la tache (Makurhini)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="103"/>
        <source>&lt;p&gt;How much of each region (country, province, ecoregion) is covered by protected areas that are connected to each other: the ProtConn indicator of Saura et al. (2017, 2018), a component indicator of Target 3 of the Kunming-Montreal Global Biodiversity Framework, with the fractions that the Makurhini R package reports.&lt;/p&gt;&lt;p&gt;Overlapping and adjoining protected areas are dissolved into units first (multipart areas are split into their parts); each unit&apos;s area inside the region is its attribute. With the &lt;b&gt;transboundary&lt;/b&gt; option, protected land outside the region but within the buffer takes part as stepping stones with zero attribute. ECA = sqrt(sum a_i a_j p*_ij) with p_ij = exp(-k d_ij) and p = &lt;b&gt;Probability&lt;/b&gt; at the median dispersal distance.&lt;/p&gt;&lt;p&gt;All fields are percentages of the region&apos;s area: prot (protected), unprot, protconn = 100 ECA / area, protunconn = prot - protconn; protconn = protconn_prot (movement within protected land) + protconn_trans (through transboundary protected areas) + protconn_unprot (across unprotected land); protconn_prot = protconn_within (inside single protected areas) + protconn_contig (between adjoining ones); protconn_bound, ProtConn corrected for the unconnectedness due to the region&apos;s own boundaries (islands, coasts). eca and region_area are in km2.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Dispersal distances&lt;/b&gt;: one or more, separated by commas, in map units (e.g. 1000, 10000, 100000).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distance type&lt;/b&gt;: edge to edge (default), centroid, least-cost over a resistance surface, or centroid with a point on the surface where the centroid falls outside the area (Makurhini).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Charts folder&lt;/b&gt;: one PNG and one SVG bar chart per region.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Part de chaque région (pays, province, écorégion) couverte par des aires protégées connectées entre elles : l'indicateur ProtConn de Saura et al. (2017, 2018), indicateur de composante de la cible 3 du Cadre mondial de la biodiversité de Kunming-Montréal, avec les fractions que fournit le package R Makurhini.&lt;/p&gt;&lt;p&gt;Les aires protégées qui se chevauchent ou sont contiguës sont d'abord fusionnées en unités (les aires multiparties sont séparées en leurs parties) ; l'attribut de chaque unité est sa superficie à l'intérieur de la région. Avec l'option &lt;b&gt;transfrontalière&lt;/b&gt;, les terres protégées situées hors de la région mais dans la zone tampon participent comme relais avec un attribut nul. ECA = sqrt(somme des a_i a_j p*_ij) avec p_ij = exp(-k d_ij) et p = &lt;b&gt;Probabilité&lt;/b&gt; à la distance médiane de dispersion.&lt;/p&gt;&lt;p&gt;Tous les champs sont des pourcentages de la superficie de la région : prot (protégé), unprot, protconn = 100 ECA / superficie, protunconn = prot - protconn ; protconn = protconn_prot (déplacement au sein des terres protégées) + protconn_trans (via des aires protégées transfrontalières) + protconn_unprot (à travers des terres non protégées) ; protconn_prot = protconn_within (à l'intérieur d'une même aire protégée) + protconn_contig (entre aires contiguës) ; protconn_bound, ProtConn corrigé du défaut de connexion dû aux limites propres de la région (îles, côtes). eca et region_area sont en km2.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Distances de dispersion&lt;/b&gt; : une ou plusieurs, séparées par des virgules, en unités de carte (par exemple 1000, 10000, 100000).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Type de distance&lt;/b&gt; : de bord à bord (par défaut), centroïde, moindre coût sur une surface de résistance, ou centroïde avec un point sur la surface lorsque le centroïde tombe hors de l'aire (Makurhini).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossier des graphiques&lt;/b&gt; : un diagramme en barres PNG et un SVG par région.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="70"/>
        <source>up to {}</source>
        <translation>jusqu'à {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>lowest</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>top 25 %</source>
        <translation>25 % les plus élevés</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>top 10 %</source>
        <translation>10 % les plus élevés</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>top 3 %</source>
        <translation>3 % les plus élevés</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>highest</source>
        <translation>maximum</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="129"/>
        <source>{}: {} A</source>
        <translation>{} : {} A</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="140"/>
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="164"/>
        <source>{} to {} %</source>
        <translation>{} à {} %</translation>
    </message>
</context>
</TS>
