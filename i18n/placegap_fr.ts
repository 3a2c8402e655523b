<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PlaceGap</name>
    <message>
        <source>Travel time over land and ferries (cost surface)</source>
        <translation>Temps de trajet sur terre et en ferry (surface de coût)</translation>
    </message>
    <message>
        <source>cost surface,cost distance,r.cost,accessmod,raster,land,ferry,nearest,travel time,no road network,accessibility</source>
        <translation>surface de coût,distance de coût,r.cost,accessmod,raster,terre,ferry,le plus proche,temps de trajet,sans réseau routier,accessibilité</translation>
    </message>
    <message>
        <source>Minutes to the nearest service over land cells and ferries, where there is no road network: per origin and as a raster.</source>
        <translation>Minutes jusqu&apos;au service le plus proche sur les cellules terrestres et en ferry, là où il n&apos;y a pas de réseau routier : par origine et en raster.</translation>
    </message>
    <message>
        <source>Where no road network is at hand, estimates the minutes from each origin to its nearest service across land at a speed (constant, by area or from a raster), lengthened by a circuity factor, with ferries between their terminals. The sea is crossed only by ferry. Writes the nearest service per origin in the fields of Nearest service, and a raster of minutes to the nearest service.</source>
        <translation>Là où aucun réseau routier n&apos;est disponible, estime les minutes de chaque origine à son service le plus proche à travers les terres à une vitesse (constante, par zone ou tirée d&apos;un raster), allongées d&apos;un facteur de détour, avec des ferries entre leurs terminaux. La mer ne se traverse qu&apos;en ferry. Écrit le service le plus proche de chaque origine dans les champs de Service le plus proche, et un raster des minutes jusqu&apos;au service le plus proche.</translation>
    </message>
    <message>
        <source>Origins (points or polygons)</source>
        <translation>Origines (points ou polygones)</translation>
    </message>
    <message>
        <source>Services (points)</source>
        <translation>Services (points)</translation>
    </message>
    <message>
        <source>Services: id field (default: feature id)</source>
        <translation>Services : champ identifiant (par défaut : identifiant d&apos;entité)</translation>
    </message>
    <message>
        <source>Land (polygons; the sea is crossed only by ferry)</source>
        <translation>Terres (polygones ; la mer ne se traverse qu&apos;en ferry)</translation>
    </message>
    <message>
        <source>Speed over land (km/h)</source>
        <translation>Vitesse sur terre (km/h)</translation>
    </message>
    <message>
        <source>Circuity (way length over straight length)</source>
        <translation>Détour (longueur du trajet sur longueur à vol d&apos;oiseau)</translation>
    </message>
    <message>
        <source>Cell size (metres)</source>
        <translation>Taille de cellule (mètres)</translation>
    </message>
    <message>
        <source>Speeds by area (polygons; optional, e.g. by urban-rural class)</source>
        <translation>Vitesses par zone (polygones ; facultatif, p. ex. par classe urbain-rural)</translation>
    </message>
    <message>
        <source>Speeds by area: speed field (km/h)</source>
        <translation>Vitesses par zone : champ de vitesse (km/h)</translation>
    </message>
    <message>
        <source>Speed raster (km/h in band 1; optional)</source>
        <translation>Raster de vitesse (km/h dans la bande 1 ; facultatif)</translation>
    </message>
    <message>
        <source>A site in the sea joins the nearest land cell within (metres)</source>
        <translation>Un site en mer rejoint la cellule terrestre la plus proche dans un rayon de (mètres)</translation>
    </message>
    <message>
        <source>Most cells the grid may have</source>
        <translation>Nombre maximal de cellules de la grille</translation>
    </message>
    <message>
        <source>Ferries</source>
        <translation>Ferries</translation>
    </message>
    <message>
        <source>As timetabled, leaving at the time above</source>
        <translation>Selon les horaires, au départ à l&apos;heure ci-dessus</translation>
    </message>
    <message>
        <source>Crossing minutes only (no wait)</source>
        <translation>Minutes de traversée seulement (sans attente)</translation>
    </message>
    <message>
        <source>Check-in and the average wait between sailings</source>
        <translation>Enregistrement et attente moyenne entre traversées</translation>
    </message>
    <message>
        <source>Nearest service per origin</source>
        <translation>Service le plus proche par origine</translation>
    </message>
    <message>
        <source>Minutes to the nearest service (raster)</source>
        <translation>Minutes jusqu&apos;au service le plus proche (raster)</translation>
    </message>
    <message>
        <source>The layer %1 has no CRS; set its CRS first (e.g. EPSG:27700 for OS products, EPSG:4326 for GSHHG or OpenStreetMap).</source>
        <translation>La couche %1 n&apos;a pas de SCR ; définissez d&apos;abord son SCR (p. ex. EPSG:27700 pour les produits OS, EPSG:4326 pour GSHHG ou OpenStreetMap).</translation>
    </message>
    <message>
        <source>%1 must be more than 0 km/h: it is the speed of every land cell no other speed covers.</source>
        <translation>%1 doit dépasser 0 km/h : c&apos;est la vitesse de toute cellule terrestre qu&apos;aucune autre vitesse ne couvre.</translation>
    </message>
    <message>
        <source>%1 needs its speed field, %2.</source>
        <translation>%1 demande son champ de vitesse, %2.</translation>
    </message>
    <message>
        <source>%1 has no field &apos;%2&apos; (%3).</source>
        <translation>%1 n&apos;a pas de champ « %2 » (%3).</translation>
    </message>
    <message>
        <source>Give %1 or %2, not both.</source>
        <translation>Donnez %1 ou %2, pas les deux.</translation>
    </message>
    <message>
        <source>Ferries costed without the timetable (%1) need the timetable&apos;s crossings: give %2 and %3.</source>
        <translation>Les ferries comptés sans les horaires (%1) demandent les traversées des horaires : donnez %2 et %3.</translation>
    </message>
    <message>
        <source>The origins&apos; CRS (%1) is not projected in metres: the grid is laid out in %2 (%3).</source>
        <translation>Le SCR des origines (%1) n&apos;est pas projeté en mètres : la grille est posée en %2 (%3).</translation>
    </message>
    <message>
        <source>The land layer (LAND) has no extent: it holds no polygon to travel over.</source>
        <translation>La couche des terres (LAND) n&apos;a pas d&apos;emprise : elle ne contient aucun polygone où se déplacer.</translation>
    </message>
    <message>
        <source>The land layer&apos;s extent (LAND, %1) cannot be brought into the grid&apos;s CRS (%2): %3</source>
        <translation>L&apos;emprise de la couche des terres (LAND, %1) ne peut pas être ramenée au SCR de la grille (%2) : %3</translation>
    </message>
    <message>
        <source>Grid: %L1 x %L2 cells of %3 m (%L4 cells) in %5.</source>
        <translation>Grille : %L1 x %L2 cellules de %3 m (%L4 cellules) en %5.</translation>
    </message>
    <message>
        <source>land polygon without geometry</source>
        <translation>polygone terrestre sans géométrie</translation>
    </message>
    <message>
        <source>Land feature %1 (LAND) has no usable geometry; it is left out.</source>
        <translation>L&apos;entité terrestre %1 (LAND) n&apos;a pas de géométrie utilisable ; elle est écartée.</translation>
    </message>
    <message>
        <source>No cell of the grid is land: the land layer (LAND) holds no polygon that covers a cell.</source>
        <translation>Aucune cellule de la grille n&apos;est terrestre : la couche des terres (LAND) ne contient aucun polygone qui couvre une cellule.</translation>
    </message>
    <message>
        <source>%L1 of %L2 cells are land (any part of the cell on land, so coasts and small islands keep their cells).</source>
        <translation>%L1 cellules sur %L2 sont terrestres (toute cellule dont une partie est sur terre, pour que côtes et petites îles gardent leurs cellules).</translation>
    </message>
    <message>
        <source>speed not above 0</source>
        <translation>vitesse non supérieure à 0</translation>
    </message>
    <message>
        <source>Speeds by area feature %1: &apos;%2&apos; (SPEED_FIELD) is &apos;%3&apos;, not a speed above 0 km/h; its land takes the speed over land (DEFAULT_SPEED).</source>
        <translation>Vitesses par zone, entité %1 : « %2 » (SPEED_FIELD) vaut « %3 », pas une vitesse supérieure à 0 km/h ; ses terres prennent la vitesse sur terre (DEFAULT_SPEED).</translation>
    </message>
    <message>
        <source>speed area without geometry</source>
        <translation>zone de vitesse sans géométrie</translation>
    </message>
    <message>
        <source>Speeds by area feature %1 has no usable geometry; it is left out.</source>
        <translation>Vitesses par zone : l&apos;entité %1 n&apos;a pas de géométrie utilisable ; elle est écartée.</translation>
    </message>
    <message>
        <source>Could not read the speed raster (SPEED_RASTER) %1 over the grid.</source>
        <translation>Impossible de lire le raster de vitesse (SPEED_RASTER) %1 sur la grille.</translation>
    </message>
    <message>
        <source>No sailing of the ferry timetable runs on %1 between terminals on land cells: every ferry is closed that day.</source>
        <translation>Aucune traversée des horaires de ferry ne circule le %1 entre des terminaux situés sur des cellules terrestres : tous les ferries sont fermés ce jour-là.</translation>
    </message>
    <message>
        <source>Ferries on %1: %2 sailing(s) on %3 leg(s) between land cells.</source>
        <translation>Ferries le %1 : %2 traversée(s) sur %3 liaison(s) entre cellules terrestres.</translation>
    </message>
    <message>
        <source>%1 feature %2%3</source>
        <translation>%1, entité %2%3</translation>
    </message>
    <message>
        <source>site off land</source>
        <translation>site hors des terres</translation>
    </message>
    <message>
        <source>%1 is in the sea or off the grid, more than %2 m (LAND_SNAP_DISTANCE) from any land cell; its fields are NULL.</source>
        <translation>%1 est en mer ou hors de la grille, à plus de %2 m (LAND_SNAP_DISTANCE) de toute cellule terrestre ; ses champs sont NULL.</translation>
    </message>
    <message>
        <source>site moved onto land</source>
        <translation>site déplacé sur la terre</translation>
    </message>
    <message>
        <source>%1 is not on a land cell; it joins the nearest, %2 m away.</source>
        <translation>%1 n&apos;est pas sur une cellule terrestre ; il rejoint la plus proche, à %2 m.</translation>
    </message>
    <message>
        <source>Nearest service of every cell found in %1 s (%L2 cells reached).</source>
        <translation>Service le plus proche de chaque cellule trouvé en %1 s (%L2 cellules atteintes).</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s) whose nearest service lies over the sea searched by the timetable.</source>
        <translation>
            <numerusform>%n origine dont le service le plus proche est au-delà de la mer, cherchée selon les horaires.</numerusform>
            <numerusform>%n origines dont le service le plus proche est au-delà de la mer, cherchées selon les horaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s) reach no service over land and the ferries%1; their service fields are NULL.</source>
        <translation>
            <numerusform>%n origine n&apos;atteint aucun service par les terres et les ferries%1 ; ses champs de service sont NULL.</numerusform>
            <numerusform>%n origines n&apos;atteignent aucun service par les terres et les ferries%1 ; leurs champs de service sont NULL.</numerusform>
        </translation>
    </message>
    <message>
        <source> leaving at %1 on %2</source>
        <translation> au départ à %1 le %2</translation>
    </message>
    <message>
        <source>Could not create the raster %1.</source>
        <translation>Impossible de créer le raster %1.</translation>
    </message>
    <message>
        <source>Could not write the raster %1.</source>
        <translation>Impossible d&apos;écrire le raster %1.</translation>
    </message>
    <message>
        <source>Floating catchment accessibility (2SFCA)</source>
        <translation>Accessibilité par bassin flottant (2SFCA)</translation>
    </message>
    <message>
        <source>2sfca,e2sfca,floating catchment,accessibility,supply,demand,ratio,capacity,population,gaussian,distance decay,childcare,gp</source>
        <translation>2sfca,e2sfca,bassin flottant,floating catchment,accessibilité,offre,demande,ratio,capacité,population,gaussienne,décroissance avec la distance,garde d&apos;enfants,médecin,gp</translation>
    </message>
    <message>
        <source>Two-step floating catchment accessibility (2SFCA, enhanced 2SFCA with step or Gaussian decay) from road and ferry travel times.</source>
        <translation>Accessibilité par bassin flottant à deux étapes (2SFCA, 2SFCA amélioré à décroissance par paliers ou gaussienne) à partir des temps de trajet par route et ferry.</translation>
    </message>
    <message>
        <source>Measures access to services that have limited capacity (GP places, school places) with the two-step floating catchment method: each service&apos;s capacity per person who can reach it in the catchment time, summed for each area over the services it reaches, with optional step or gravity decay.</source>
        <translation>Mesure l&apos;accès à des services de capacité limitée (places chez le médecin, places d&apos;école) par la méthode du bassin flottant à deux étapes : la capacité de chaque service par personne qui peut l&apos;atteindre dans le temps du bassin, additionnée pour chaque zone sur les services qu&apos;elle atteint, avec une décroissance facultative par paliers ou gravitaire.</translation>
    </message>
    <message>
        <source>Demand (e.g. data zones)</source>
        <translation>Demande (p. ex. zones de données)</translation>
    </message>
    <message>
        <source>Demand population field</source>
        <translation>Champ de population de la demande</translation>
    </message>
    <message>
        <source>Supply (services)</source>
        <translation>Offre (services)</translation>
    </message>
    <message>
        <source>Supply capacity field</source>
        <translation>Champ de capacité de l&apos;offre</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>2SFCA (no decay within the catchment)</source>
        <translation>2SFCA (sans décroissance dans le bassin)</translation>
    </message>
    <message>
        <source>Enhanced 2SFCA, step decay</source>
        <translation>2SFCA amélioré, décroissance par paliers</translation>
    </message>
    <message>
        <source>Enhanced 2SFCA, Gaussian decay</source>
        <translation>2SFCA amélioré, décroissance gaussienne</translation>
    </message>
    <message>
        <source>Catchment (minutes)</source>
        <translation>Bassin (minutes)</translation>
    </message>
    <message>
        <source>Steps for the step decay (minutes:weight,...)</source>
        <translation>Paliers de la décroissance (minutes:poids,...)</translation>
    </message>
    <message>
        <source>Multiply ratios by</source>
        <translation>Multiplier les ratios par</translation>
    </message>
    <message>
        <source>Accessibility of the demand</source>
        <translation>Accessibilité de la demande</translation>
    </message>
    <message>
        <source>Supply-to-demand ratios</source>
        <translation>Ratios offre-demande</translation>
    </message>
    <message>
        <source>The %1 layer has no field &apos;%2&apos; (%3).</source>
        <translation>La couche %1 n&apos;a pas de champ « %2 » (%3).</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Nearest service</source>
        <translation>Service le plus proche</translation>
    </message>
    <message>
        <source>nearest,closest,service,school,gp,library,network,travel time,road,ferry,route,accessibility</source>
        <translation>le plus proche,service,école,médecin,gp,bibliothèque,réseau,temps de trajet,route,ferry,itinéraire,accessibilité,nearest</translation>
    </message>
    <message>
        <source>For each origin, the nearest (or k nearest) service by travel time over a road and ferry network, with minutes, km and optionally the route.</source>
        <translation>Pour chaque origine, le service le plus proche (ou les k plus proches) en temps de trajet sur un réseau routier et de ferries, avec les minutes, les km et, au choix, l&apos;itinéraire.</translation>
    </message>
    <message>
        <source>Finds the nearest services (school, GP, hospital) from each origin by road and ferry, with the minutes and kilometres, and optionally the routes as lines. With a ferry timetable and a departure time, journeys wait for sailings and say when they arrive and whether one can be home the same day.</source>
        <translation>Trouve les services les plus proches (école, médecin, hôpital) de chaque origine par la route et le ferry, avec les minutes et les kilomètres, et au choix les itinéraires en lignes. Avec des horaires de ferry et une heure de départ, les trajets attendent les traversées et disent quand ils arrivent et si l&apos;on peut rentrer le jour même.</translation>
    </message>
    <message>
        <source>Origins</source>
        <translation>Origines</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Number of nearest services per origin</source>
        <translation>Nombre de services les plus proches par origine</translation>
    </message>
    <message>
        <source>Only services within minutes (0 = no limit)</source>
        <translation>Seulement les services à moins de (minutes ; 0 = sans limite)</translation>
    </message>
    <message>
        <source>Output the routes as lines</source>
        <translation>Écrire les itinéraires en lignes</translation>
    </message>
    <message>
        <source>Nearest services</source>
        <translation>Services les plus proches</translation>
    </message>
    <message numerus="yes">
        <source>%n origin(s) reach no service over the network%1; their service fields are NULL.</source>
        <translation>
            <numerusform>%n origine n&apos;atteint aucun service par le réseau%1 ; ses champs de service sont NULL.</numerusform>
            <numerusform>%n origines n&apos;atteignent aucun service par le réseau%1 ; leurs champs de service sont NULL.</numerusform>
        </translation>
    </message>
    <message>
        <source> within %1 minutes</source>
        <translation> en %1 minutes</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Zones de desserte</translation>
    </message>
    <message>
        <source>service area,catchment,isochrone,drive time,band,network,travel time,road,ferry,polygon</source>
        <translation>zone de desserte,bassin,isochrone,temps de conduite,tranche,réseau,temps de trajet,route,ferry,polygone,service area</translation>
    </message>
    <message>
        <source>Polygons of the area reachable from each service within one or more travel times (drive-time bands), for catchment maps.</source>
        <translation>Polygones de la zone atteignable depuis chaque service en un ou plusieurs temps de trajet (tranches de temps de conduite), pour des cartes de bassins.</translation>
    </message>
    <message>
        <source>Draws the areas within each travel time band (e.g. 5, 10, 15 minutes) of the services by road and ferry: the roads reachable in time, buffered into polygons.</source>
        <translation>Dessine les zones de chaque tranche de temps de trajet (p. ex. 5, 10, 15 minutes) autour des services par la route et le ferry : les routes atteignables à temps, tamponnées en polygones.</translation>
    </message>
    <message>
        <source>Travel time bands (minutes, comma-separated)</source>
        <translation>Tranches de temps de trajet (minutes, séparées par des virgules)</translation>
    </message>
    <message>
        <source>Buffer around the reachable roads</source>
        <translation>Tampon autour des routes atteignables</translation>
    </message>
    <message>
        <source>Services within travel time</source>
        <translation>Services à portée de temps de trajet</translation>
    </message>
    <message>
        <source>coverage,cumulative opportunities,isochrone,count,capacity,service,school,network,travel time,accessibility</source>
        <translation>couverture,opportunités cumulées,isochrone,décompte,capacité,service,école,réseau,temps de trajet,accessibilité,coverage</translation>
    </message>
    <message>
        <source>For each origin, the number (or summed capacity) of services reachable within one or more travel times (cumulative opportunities).</source>
        <translation>Pour chaque origine, le nombre (ou la capacité cumulée) de services atteignables en un ou plusieurs temps de trajet (opportunités cumulées).</translation>
    </message>
    <message>
        <source>Counts for each origin the services (or their capacity) reachable within each travel time threshold by road and ferry, and the minutes to the nearest: a measure of choice as well as distance.</source>
        <translation>Compte pour chaque origine les services (ou leur capacité) atteignables dans chaque seuil de temps de trajet par la route et le ferry, et les minutes jusqu&apos;au plus proche : une mesure du choix autant que de la distance.</translation>
    </message>
    <message>
        <source>Service capacity field (default: count 1 each)</source>
        <translation>Champ de capacité du service (par défaut : 1 chacun)</translation>
    </message>
    <message>
        <source>Travel time thresholds (minutes, comma-separated)</source>
        <translation>Seuils de temps de trajet (minutes, séparés par des virgules)</translation>
    </message>
    <message>
        <source>Travel time matrix</source>
        <translation>Matrice des temps de trajet</translation>
    </message>
    <message>
        <source>od,origin,destination,matrix,network,travel time,road,ferry,accessibility,service,school,nearest,cost matrix</source>
        <translation>od,origine,destination,matrice,réseau,temps de trajet,route,ferry,accessibilité,service,école,le plus proche,matrice de coûts</translation>
    </message>
    <message>
        <source>Table of travel minutes and km from every origin to every destination (or the k nearest, or those within a cut-off) over a road and ferry network.</source>
        <translation>Table des minutes et km de trajet de chaque origine à chaque destination (ou aux k plus proches, ou à celles en deçà d&apos;un seuil) sur un réseau routier et de ferries.</translation>
    </message>
    <message>
        <source>Computes travel times by road and ferry from every origin to every destination (or the nearest few, or those within a time limit), one row per pair with minutes and kilometres, on a network of OpenStreetMap, OS Open Roads or OS Highways lines.</source>
        <translation>Calcule les temps de trajet par la route et le ferry de chaque origine à chaque destination (ou aux quelques plus proches, ou à celles en deçà d&apos;une limite de temps), une ligne par paire avec les minutes et les kilomètres, sur un réseau de lignes OpenStreetMap, OS Open Roads ou OS Highways.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Keep only the k nearest destinations (0 = all)</source>
        <translation>Ne garder que les k destinations les plus proches (0 = toutes)</translation>
    </message>
    <message>
        <source>Keep only destinations within minutes (0 = no limit)</source>
        <translation>Ne garder que les destinations à moins de (minutes ; 0 = sans limite)</translation>
    </message>
    <message>
        <source>Could not write the matrix to %1 (OUTPUT): %2.</source>
        <translation>Impossible d&apos;écrire la matrice dans %1 (OUTPUT) : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n origin-destination pair(s) cannot be reached over the network; their minutes and km are NULL.</source>
        <translation>
            <numerusform>%n paire origine-destination ne peut être atteinte par le réseau ; ses minutes et km sont NULL.</numerusform>
            <numerusform>%n paires origine-destination ne peuvent être atteintes par le réseau ; leurs minutes et km sont NULL.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 row(s) in %2 s.</source>
        <translation>%1 ligne(s) écrite(s) en %2 s.</translation>
    </message>
    <message>
        <source>The graph cache %1 is damaged (%2); the graph is built again and the cache rewritten.</source>
        <translation>Le cache de graphe %1 est endommagé (%2) ; le graphe est reconstruit et le cache réécrit.</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>il ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>a stored graph cannot be read</source>
        <translation>un graphe enregistré ne peut pas être lu</translation>
    </message>
    <message>
        <source>a stored graph does not match its checksum</source>
        <translation>un graphe enregistré ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>The graph cache %1 was not a readable graph cache (%2); it was replaced by a new one.</source>
        <translation>Le cache de graphe %1 n&apos;était pas un cache de graphe lisible (%2) ; il a été remplacé par un nouveau.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot open the graph cache %1</source>
        <translation>impossible d&apos;ouvrir le cache de graphe %1</translation>
    </message>
    <message>
        <source>cannot create the graph cache table in %1</source>
        <translation>impossible de créer la table du cache de graphe dans %1</translation>
    </message>
    <message>
        <source>cannot write the graph cache %1</source>
        <translation>impossible d&apos;écrire le cache de graphe %1</translation>
    </message>
    <message>
        <source>GDAL could not make a grid of %1 x %2 cells in memory: %3</source>
        <translation>GDAL n&apos;a pas pu créer en mémoire une grille de %1 x %2 cellules : %3</translation>
    </message>
    <message>
        <source>GDAL could not rasterise the polygons: %1</source>
        <translation>GDAL n&apos;a pas pu rastériser les polygones : %1</translation>
    </message>
    <message>
        <source>GDAL could not read the rasterised grid: %1</source>
        <translation>GDAL n&apos;a pas pu lire la grille rastérisée : %1</translation>
    </message>
    <message>
        <source>Service accessibility</source>
        <translation>Accessibilité des services</translation>
    </message>
    <message>
        <source>Road network (lines)</source>
        <translation>Réseau routier (lignes)</translation>
    </message>
    <message>
        <source>Path type to calculate</source>
        <translation>Type de trajet à calculer</translation>
    </message>
    <message>
        <source>Shortest (distance)</source>
        <translation>Le plus court (distance)</translation>
    </message>
    <message>
        <source>Fastest (time)</source>
        <translation>Le plus rapide (temps)</translation>
    </message>
    <message>
        <source>Network product (reads its fields for direction, speed and ferries)</source>
        <translation>Produit du réseau (en lit les champs de sens, de vitesse et de ferries)</translation>
    </message>
    <message>
        <source>Custom (fields set below)</source>
        <translation>Personnalisé (champs définis ci-dessous)</translation>
    </message>
    <message>
        <source>OpenStreetMap (highway, oneway, maxspeed, route=ferry)</source>
        <translation>OpenStreetMap (highway, oneway, maxspeed, route=ferry)</translation>
    </message>
    <message>
        <source>OS Open Roads</source>
        <translation>OS Open Roads</translation>
    </message>
    <message>
        <source>OS MasterMap Highways (road links)</source>
        <translation>OS MasterMap Highways (tronçons routiers)</translation>
    </message>
    <message>
        <source>Direction field</source>
        <translation>Champ du sens de circulation</translation>
    </message>
    <message>
        <source>Value for forward direction</source>
        <translation>Valeur pour le sens direct</translation>
    </message>
    <message>
        <source>Value for backward direction</source>
        <translation>Valeur pour le sens inverse</translation>
    </message>
    <message>
        <source>Value for both directions</source>
        <translation>Valeur pour les deux sens</translation>
    </message>
    <message>
        <source>Default direction</source>
        <translation>Sens par défaut</translation>
    </message>
    <message>
        <source>Forward direction</source>
        <translation>Sens direct</translation>
    </message>
    <message>
        <source>Backward direction</source>
        <translation>Sens inverse</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Deux sens</translation>
    </message>
    <message>
        <source>Speed field (km/h)</source>
        <translation>Champ de vitesse (km/h)</translation>
    </message>
    <message>
        <source>Default speed (km/h)</source>
        <translation>Vitesse par défaut (km/h)</translation>
    </message>
    <message>
        <source>Road class field (OS Open Roads class/function, OSM highway)</source>
        <translation>Champ de classe de route (classe/fonction OS Open Roads, highway OSM)</translation>
    </message>
    <message>
        <source>Road class speeds over the defaults (class=km/h;...)</source>
        <translation>Vitesses par classe de route en plus des valeurs par défaut (classe=km/h;...)</translation>
    </message>
    <message>
        <source>Ferry crossing minutes field (non-NULL = ferry)</source>
        <translation>Champ des minutes de traversée en ferry (non NULL = ferry)</translation>
    </message>
    <message>
        <source>Ferry boarding wait (minutes)</source>
        <translation>Attente à l&apos;embarquement du ferry (minutes)</translation>
    </message>
    <message>
        <source>Topology tolerance</source>
        <translation>Tolérance topologique</translation>
    </message>
    <message>
        <source>Join lines at shared vertices, not only at line ends</source>
        <translation>Relier les lignes aux sommets partagés, pas seulement à leurs extrémités</translation>
    </message>
    <message>
        <source>Speed between a site and the network (km/h)</source>
        <translation>Vitesse entre un site et le réseau (km/h)</translation>
    </message>
    <message>
        <source>Threads for the searches (0 = QGIS&apos;s setting, which is all cores unless limited)</source>
        <translation>Fils d&apos;exécution des recherches (0 = réglage de QGIS, tous les cœurs sauf limite)</translation>
    </message>
    <message>
        <source>Keep the built graph for the next run on the same network</source>
        <translation>Garder le graphe construit pour le prochain calcul sur le même réseau</translation>
    </message>
    <message>
        <source>Warn when a site is further than this from the network</source>
        <translation>Avertir quand un site est plus loin que ceci du réseau</translation>
    </message>
    <message>
        <source>Sites near a cut-off fragment join a part of at least this many nodes (0 = the nearest road, whatever its part)</source>
        <translation>Les sites près d&apos;un fragment isolé rejoignent une partie d&apos;au moins ce nombre de nœuds (0 = la route la plus proche, quelle que soit sa partie)</translation>
    </message>
    <message>
        <source>Ferry timetable (one row per sailing; optional)</source>
        <translation>Horaires de ferry (une ligne par traversée ; facultatif)</translation>
    </message>
    <message>
        <source>Ferry terminals (points with the timetable&apos;s stop codes)</source>
        <translation>Terminaux de ferry (points portant les codes d&apos;arrêt des horaires)</translation>
    </message>
    <message>
        <source>Leave at (day and time, e.g. Wed 08:00; with a ferry timetable)</source>
        <translation>Départ à (jour et heure, p. ex. Wed 08:00 ; avec des horaires de ferry)</translation>
    </message>
    <message>
        <source>Ferry check-in (minutes before a sailing)</source>
        <translation>Enregistrement au ferry (minutes avant une traversée)</translation>
    </message>
    <message>
        <source>Timetable: from stop field</source>
        <translation>Horaires : champ de l&apos;arrêt de départ</translation>
    </message>
    <message>
        <source>Timetable: to stop field</source>
        <translation>Horaires : champ de l&apos;arrêt d&apos;arrivée</translation>
    </message>
    <message>
        <source>Timetable: departure time field (HH:MM)</source>
        <translation>Horaires : champ de l&apos;heure de départ (HH:MM)</translation>
    </message>
    <message>
        <source>Timetable: crossing minutes field</source>
        <translation>Horaires : champ des minutes de traversée</translation>
    </message>
    <message>
        <source>Timetable: fields of the days it runs, Monday first (0/1; empty = every day)</source>
        <translation>Horaires : champs des jours de circulation, lundi en premier (0/1 ; vide = tous les jours)</translation>
    </message>
    <message>
        <source>Timetable: the sailing&apos;s own check-in minutes field (optional)</source>
        <translation>Horaires : champ des minutes d&apos;enregistrement propres à la traversée (facultatif)</translation>
    </message>
    <message>
        <source>Timetable: field saying whether a sailing carries vehicles (optional)</source>
        <translation>Horaires : champ indiquant si une traversée prend les véhicules (facultatif)</translation>
    </message>
    <message>
        <source>Ferry traveller</source>
        <translation>Voyageur du ferry</translation>
    </message>
    <message>
        <source>Driving (vehicle sailings only)</source>
        <translation>En voiture (traversées avec véhicules seulement)</translation>
    </message>
    <message>
        <source>On foot (every sailing)</source>
        <translation>À pied (toutes les traversées)</translation>
    </message>
    <message>
        <source>Ferry terminals: stop code field</source>
        <translation>Terminaux de ferry : champ du code d&apos;arrêt</translation>
    </message>
    <message>
        <source>Ferry terminals: join the nearest network node within</source>
        <translation>Terminaux de ferry : rejoindre le nœud du réseau le plus proche dans un rayon de</translation>
    </message>
    <message>
        <source>Minutes spent at the service before going home (with a ferry timetable)</source>
        <translation>Minutes passées au service avant de rentrer (avec des horaires de ferry)</translation>
    </message>
    <message>
        <source>Also leave every few minutes until (HH:MM; empty = only at the time above)</source>
        <translation>Partir aussi toutes les quelques minutes jusqu&apos;à (HH:MM ; vide = seulement à l&apos;heure ci-dessus)</translation>
    </message>
    <message>
        <source>Minutes between departures in that window</source>
        <translation>Minutes entre les départs dans cette plage</translation>
    </message>
    <message>
        <source>%1: id field (default: feature id)</source>
        <translation>%1 : champ identifiant (par défaut : identifiant d&apos;entité)</translation>
    </message>
    <message>
        <source>%1: %2 of the point to use, e.g. a population-weighted centroid (layer CRS)</source>
        <translation>%1 : %2 du point à utiliser, p. ex. un centroïde pondéré par la population (SCR de la couche)</translation>
    </message>
    <message>
        <source>The network layer, %1, holds %2 features; it must be a line layer.</source>
        <translation>La couche du réseau, %1, contient des entités %2 ; ce doit être une couche de lignes.</translation>
    </message>
    <message>
        <source>The network layer, %1, has no CRS; set its CRS (e.g. EPSG:27700 for OS products, EPSG:4326 for OpenStreetMap) first.</source>
        <translation>La couche du réseau, %1, n&apos;a pas de SCR ; définissez d&apos;abord son SCR (p. ex. EPSG:27700 pour les produits OS, EPSG:4326 pour OpenStreetMap).</translation>
    </message>
    <message>
        <source>The network layer has no field &apos;%1&apos; (%2).</source>
        <translation>La couche du réseau n&apos;a pas de champ « %1 » (%2).</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; (%2) holds %3 values; it must be numeric.</source>
        <translation>Le champ « %1 » (%2) contient des valeurs %3 ; il doit être numérique.</translation>
    </message>
    <message>
        <source>%1 must be more than 0 km/h.</source>
        <translation>%1 doit dépasser 0 km/h.</translation>
    </message>
    <message>
        <source>%1 must be more than 0 km/h: sites are joined to the network by a straight leg at that speed.</source>
        <translation>%1 doit dépasser 0 km/h : les sites sont reliés au réseau par un segment droit à cette vitesse.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>The layer %1 holds %2 features; it must hold points or polygons.</source>
        <translation>La couche %1 contient des entités %2 ; elle doit contenir des points ou des polygones.</translation>
    </message>
    <message>
        <source>The layer %1 has no CRS, so it cannot be matched to the network&apos;s (%2).</source>
        <translation>La couche %1 n&apos;a pas de SCR ; elle ne peut donc pas être rapportée à celui du réseau (%2).</translation>
    </message>
    <message>
        <source>The layer %1 has no field &apos;%2&apos; (%3).</source>
        <translation>La couche %1 n&apos;a pas de champ « %2 » (%3).</translation>
    </message>
    <message>
        <source>Set both %1 and %2, or neither.</source>
        <translation>Définissez %1 et %2, ou aucun des deux.</translation>
    </message>
    <message>
        <source>Ferry terminals (FERRY_TERMINALS) are given without a ferry timetable (FERRY_TIMETABLE): give both, or neither.</source>
        <translation>Les terminaux de ferry (FERRY_TERMINALS) sont donnés sans horaires de ferry (FERRY_TIMETABLE) : donnez les deux, ou aucun.</translation>
    </message>
    <message>
        <source>A ferry timetable (FERRY_TIMETABLE) needs the ferry terminals (FERRY_TERMINALS): points carrying the timetable&apos;s stop codes, to place its sailings on the network.</source>
        <translation>Des horaires de ferry (FERRY_TIMETABLE) demandent les terminaux de ferry (FERRY_TERMINALS) : des points portant les codes d&apos;arrêt des horaires, pour placer leurs traversées sur le réseau.</translation>
    </message>
    <message>
        <source>The ferry terminals layer (FERRY_TERMINALS) has no CRS, so it cannot be placed on the network.</source>
        <translation>La couche des terminaux de ferry (FERRY_TERMINALS) n&apos;a pas de SCR ; elle ne peut donc pas être placée sur le réseau.</translation>
    </message>
    <message>
        <source>Leave at (DEPART_AT) is &apos;%1&apos;; give a day and a time of day, e.g. &apos;Wed 08:00&apos; or &apos;Saturday 17:30&apos;.</source>
        <translation>Départ à (DEPART_AT) vaut « %1 » ; donnez un jour et une heure, p. ex. « Wed 08:00 » ou « Saturday 17:30 ».</translation>
    </message>
    <message>
        <source>Leave until (DEPART_UNTIL) is &apos;%1&apos;; give a time of day, e.g. &apos;09:00&apos;.</source>
        <translation>Partir jusqu&apos;à (DEPART_UNTIL) vaut « %1 » ; donnez une heure, p. ex. « 09:00 ».</translation>
    </message>
    <message>
        <source>Leave until (DEPART_UNTIL, %1) is before the first departure (DEPART_AT, %2): a window runs forward within one day.</source>
        <translation>Partir jusqu&apos;à (DEPART_UNTIL, %1) précède le premier départ (DEPART_AT, %2) : une plage avance dans une même journée.</translation>
    </message>
    <message>
        <source>The window from %1 to %2 every %3 minutes makes more than %4 departures; leave less often (DEPART_EVERY).</source>
        <translation>La plage de %1 à %2 toutes les %3 minutes donne plus de %4 départs ; partez moins souvent (DEPART_EVERY).</translation>
    </message>
    <message>
        <source>No sailing of the ferry timetable runs on %1 between terminals on the network: every ferry is closed that day.</source>
        <translation>Aucune traversée des horaires de ferry ne circule le %1 entre des terminaux du réseau : tous les ferries sont fermés ce jour-là.</translation>
    </message>
    <message>
        <source>Ferry timetable for %1, leaving at %2: %3 sailing(s) on %4 leg(s), %5 minutes&apos; check-in.</source>
        <translation>Horaires de ferry du %1, départ à %2 : %3 traversée(s) sur %4 liaison(s), %5 minutes d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The network&apos;s CRS (%1) is not projected in metres: the network is built in %2 (%3), chosen for where it lies; lengths there are within about 0.1 % of the ellipsoid&apos;s. Geometry outputs are written in %1.</source>
        <translation>Le SCR du réseau (%1) n&apos;est pas projeté en mètres : le réseau est construit en %2 (%3), choisi selon son emplacement ; les longueurs y sont à environ 0,1 % près de celles de l&apos;ellipsoïde. Les géométries en sortie sont écrites en %1.</translation>
    </message>
    <message>
        <source>ferry without a duration</source>
        <translation>ferry sans durée</translation>
    </message>
    <message>
        <source>%1 is a ferry (route=ferry) without a duration; its %2 km are taken at %3 km/h (%4 minutes). Tag duration, or give a ferry timetable.</source>
        <translation>%1 est un ferry (route=ferry) sans durée ; ses %2 km sont comptés à %3 km/h (%4 minutes). Renseignez duration, ou donnez des horaires de ferry.</translation>
    </message>
    <message>
        <source>road class not in the speed table</source>
        <translation>classe de route absente de la table des vitesses</translation>
    </message>
    <message>
        <source>The network is not a file layer (or only some of its features are used): its graph is not cached.</source>
        <translation>Le réseau n&apos;est pas une couche fichier (ou seules certaines de ses entités sont utilisées) : son graphe n&apos;est pas mis en cache.</translation>
    </message>
    <message>
        <source>Network feature %1</source>
        <translation>Entité du réseau %1</translation>
    </message>
    <message>
        <source>network line without geometry</source>
        <translation>ligne du réseau sans géométrie</translation>
    </message>
    <message>
        <source>%1 has no geometry; it is left out of the network.</source>
        <translation>%1 n&apos;a pas de géométrie ; elle est écartée du réseau.</translation>
    </message>
    <message>
        <source>bad ferry minutes</source>
        <translation>minutes de ferry invalides</translation>
    </message>
    <message>
        <source>%1: ferry field &apos;%2&apos; is %3, not a number of minutes of 0 or more; the line is left out of the network.</source>
        <translation>%1 : le champ de ferry « %2 » vaut %3, pas un nombre de minutes supérieur ou égal à 0 ; la ligne est écartée du réseau.</translation>
    </message>
    <message>
        <source>NULL speed</source>
        <translation>vitesse NULL</translation>
    </message>
    <message>
        <source>speed 0 or less</source>
        <translation>vitesse de 0 ou moins</translation>
    </message>
    <message>
        <source>%1: speed field &apos;%2&apos; is %3 km/h; the line cannot be travelled and is left out of the network.</source>
        <translation>%1 : le champ de vitesse « %2 » vaut %3 km/h ; la ligne ne peut être parcourue et est écartée du réseau.</translation>
    </message>
    <message>
        <source>network line of one point</source>
        <translation>ligne du réseau d&apos;un seul point</translation>
    </message>
    <message>
        <source>%1 has a part with fewer than two vertices; the part is left out of the network.</source>
        <translation>%1 a une partie de moins de deux sommets ; cette partie est écartée du réseau.</translation>
    </message>
    <message>
        <source>network line with bad coordinates</source>
        <translation>ligne du réseau aux coordonnées invalides</translation>
    </message>
    <message>
        <source>%1 has coordinates that are not numbers; it is left out of the network.</source>
        <translation>%1 a des coordonnées qui ne sont pas des nombres ; elle est écartée du réseau.</translation>
    </message>
    <message>
        <source>%1 has no usable speed; it is left out of the network.</source>
        <translation>%1 n&apos;a pas de vitesse utilisable ; elle est écartée du réseau.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out: %1.</source>
        <translation>
            <numerusform>%n ligne écartée : %1.</numerusform>
            <numerusform>%n lignes écartées : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ferry line(s) of the network left out: the ferry timetable&apos;s sailings stand for them.</source>
        <translation>
            <numerusform>%n ligne de ferry du réseau écartée : les traversées des horaires la remplacent.</numerusform>
            <numerusform>%n lignes de ferry du réseau écartées : les traversées des horaires les remplacent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out because their road class has speed 0 (not driven).</source>
        <translation>
            <numerusform>%n ligne écartée car sa classe de route a une vitesse de 0 (non circulée).</numerusform>
            <numerusform>%n lignes écartées car leur classe de route a une vitesse de 0 (non circulée).</numerusform>
        </translation>
    </message>
    <message>
        <source>tolerance merges much</source>
        <translation>la tolérance fusionne beaucoup</translation>
    </message>
    <message numerus="yes">
        <source>The network layer (INPUT) has no usable lines (%n feature(s) read): there is no network to travel on.</source>
        <translation>
            <numerusform>La couche du réseau (INPUT) n&apos;a pas de ligne utilisable (%n entité lue) : il n&apos;y a pas de réseau où se déplacer.</numerusform>
            <numerusform>La couche du réseau (INPUT) n&apos;a pas de ligne utilisable (%n entités lues) : il n&apos;y a pas de réseau où se déplacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Network built from %1 lines in %2 s.</source>
        <translation>Réseau construit à partir de %1 lignes en %2 s.</translation>
    </message>
    <message>
        <source>The graph could not be cached: %1.</source>
        <translation>Le graphe n&apos;a pas pu être mis en cache : %1.</translation>
    </message>
    <message>
        <source>NULL site coordinates</source>
        <translation>coordonnées de site NULL</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; or &apos;%3&apos; is NULL; the feature&apos;s geometry is used instead.</source>
        <translation>%1 : « %2 » ou « %3 » est NULL ; la géométrie de l&apos;entité est utilisée à la place.</translation>
    </message>
    <message>
        <source>site coordinates not transformable</source>
        <translation>coordonnées de site non transformables</translation>
    </message>
    <message>
        <source>%1: (%2, %3) cannot be transformed to the network CRS; the feature&apos;s geometry is used instead.</source>
        <translation>%1 : (%2, %3) ne peut pas être transformé dans le SCR du réseau ; la géométrie de l&apos;entité est utilisée à la place.</translation>
    </message>
    <message>
        <source>site without geometry</source>
        <translation>site sans géométrie</translation>
    </message>
    <message>
        <source>%1 has no geometry; its results are NULL.</source>
        <translation>%1 n&apos;a pas de géométrie ; ses résultats sont NULL.</translation>
    </message>
    <message>
        <source>site of several points</source>
        <translation>site de plusieurs points</translation>
    </message>
    <message>
        <source>%1 has %2 points; one site is used, the point nearest their centre (its point on surface).</source>
        <translation>%1 a %2 points ; un seul site est utilisé, le point le plus proche de leur centre (son point sur la surface).</translation>
    </message>
    <message>
        <source>%1 has a geometry with no point on its surface; its results are NULL.</source>
        <translation>%1 a une géométrie sans point sur sa surface ; ses résultats sont NULL.</translation>
    </message>
    <message>
        <source>far from the network</source>
        <translation>loin du réseau</translation>
    </message>
    <message>
        <source>%1 (%2) are reprojected from %3 to the network&apos;s %4.</source>
        <translation>%1 (%2) sont reprojetées de %3 vers le %4 du réseau.</translation>
    </message>
    <message>
        <source>%1 feature %2</source>
        <translation>%1, entité %2</translation>
    </message>
    <message>
        <source>duplicate site id</source>
        <translation>identifiant de site en double</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is &apos;%3&apos;, as is feature %4&apos;s; their rows share the id and are told apart only by feature order.</source>
        <translation>%1 : « %2 » vaut « %3 », comme pour l&apos;entité %4 ; leurs lignes partagent l&apos;identifiant et ne se distinguent que par l&apos;ordre des entités.</translation>
    </message>
    <message>
        <source>%1: %2 feature(s) read from %3.</source>
        <translation>%1 : %2 entité(s) lue(s) depuis %3.</translation>
    </message>
    <message>
        <source>site moved off a fragment</source>
        <translation>site retiré d&apos;un fragment</translation>
    </message>
    <message>
        <source>%1: its nearest road (%2 m away) is on a part of the network of %3 node(s), cut off from the rest; it joins the main network %4 m away instead.</source>
        <translation>%1 : sa route la plus proche (à %2 m) est sur une partie du réseau de %3 nœud(s), isolée du reste ; il rejoint plutôt le réseau principal, à %4 m.</translation>
    </message>
    <message>
        <source>site on a fragment</source>
        <translation>site sur un fragment</translation>
    </message>
    <message>
        <source>%1 joins a part of the network of %2 node(s), cut off from the rest (%3 m away); the nearest larger part is %4: it may reach little.</source>
        <translation>%1 rejoint une partie du réseau de %2 nœud(s), isolée du reste (à %3 m) ; la plus proche partie plus grande est %4 : il risque d&apos;atteindre peu de choses.</translation>
    </message>
    <message>
        <source>%1 m away, too far to join instead</source>
        <translation>à %1 m, trop loin pour la rejoindre</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>NULL %1</source>
        <translation>%1 NULL</translation>
    </message>
    <message>
        <source>%1 feature %2: field &apos;%3&apos; is NULL; it is missing and counts 0.</source>
        <translation>%1, entité %2 : le champ « %3 » est NULL ; la valeur manque et compte 0.</translation>
    </message>
    <message>
        <source>%1 not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 feature %2: field &apos;%3&apos; is &apos;%4&apos;, not a finite number; it is missing and counts 0.</source>
        <translation>%1, entité %2 : le champ « %3 » vaut « %4 », pas un nombre fini ; la valeur manque et compte 0.</translation>
    </message>
    <message>
        <source>%1 feature %2: value %3 in field &apos;%4&apos; is negative.</source>
        <translation>%1, entité %2 : la valeur %3 du champ « %4 » est négative.</translation>
    </message>
    <message>
        <source>Searched from %1 origin(s) to %2 destination(s) in %3 s on %4 thread(s).</source>
        <translation>Recherche de %1 origine(s) vers %2 destination(s) en %3 s sur %4 fil(s) d&apos;exécution.</translation>
    </message>
    <message>
        <source>Window: %1 departures from %2 to %3, every %4 minutes.</source>
        <translation>Plage : %1 départs de %2 à %3, toutes les %4 minutes.</translation>
    </message>
    <message>
        <source>Network: %1 nodes, %2 links, %3 directed edges, %4 separate part(s); %5 self-loop(s), %6 zero-length link(s).</source>
        <translation>Réseau : %1 nœuds, %2 tronçons, %3 arcs orientés, %4 partie(s) séparée(s) ; %5 boucle(s) sur elles-mêmes, %6 tronçon(s) de longueur nulle.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number of minutes above 0.</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre de minutes supérieur à 0.</translation>
    </message>
    <message>
        <source>%1 needs at least one number of minutes, e.g. &apos;10,20,30&apos;.</source>
        <translation>%1 demande au moins un nombre de minutes, p. ex. « 10,20,30 ».</translation>
    </message>
    <message>
        <source>The day fields of the ferry timetable must be seven names, Monday first (e.g. &apos;mon;tue;wed;thu;fri;sat;sun&apos;), or none; %1 given.</source>
        <translation>Les champs des jours des horaires de ferry doivent être sept noms, lundi en premier (p. ex. « mon;tue;wed;thu;fri;sat;sun »), ou aucun ; %1 donné(s).</translation>
    </message>
    <message>
        <source>The ferry timetable (%1) has no field &apos;%2&apos;. Its fields are: %3.</source>
        <translation>Les horaires de ferry (%1) n&apos;ont pas de champ « %2 ». Leurs champs sont : %3.</translation>
    </message>
    <message>
        <source>The ferry terminals layer (%1) has no field &apos;%2&apos;. Its fields are: %3.</source>
        <translation>La couche des terminaux de ferry (%1) n&apos;a pas de champ « %2 ». Ses champs sont : %3.</translation>
    </message>
    <message>
        <source>The ferry terminals layer (%1) holds %2 features; it must hold points.</source>
        <translation>La couche des terminaux de ferry (%1) contient des entités %2 ; elle doit contenir des points.</translation>
    </message>
    <message>
        <source>Ferry terminal feature %1</source>
        <translation>Terminal de ferry, entité %1</translation>
    </message>
    <message>
        <source>ferry terminal without a stop code</source>
        <translation>terminal de ferry sans code d&apos;arrêt</translation>
    </message>
    <message>
        <source>%1 (&apos;%2&apos;) has no &apos;%3&apos;; no sailing can be matched to it.</source>
        <translation>%1 (« %2 ») n&apos;a pas de « %3 » ; aucune traversée ne peut lui être rattachée.</translation>
    </message>
    <message>
        <source>duplicate ferry terminal code</source>
        <translation>code de terminal de ferry en double</translation>
    </message>
    <message>
        <source>%1: stop code &apos;%2&apos; (&apos;%3&apos;) is used by an earlier terminal; the first is used.</source>
        <translation>%1 : le code d&apos;arrêt « %2 » (« %3 ») est déjà pris par un terminal précédent ; le premier est utilisé.</translation>
    </message>
    <message>
        <source>ferry terminal without geometry</source>
        <translation>terminal de ferry sans géométrie</translation>
    </message>
    <message>
        <source>%1 (stop &apos;%2&apos;) has no geometry; its sailings are left out.</source>
        <translation>%1 (arrêt « %2 ») n&apos;a pas de géométrie ; ses traversées sont écartées.</translation>
    </message>
    <message>
        <source>%1 (stop &apos;%2&apos;, %3) is %4 m from the nearest network node, over the terminal distance (%5 m): its sailings are left out.</source>
        <translation>%1 (arrêt « %2 », %3) est à %4 m du nœud du réseau le plus proche, au-delà de la distance des terminaux (%5 m) : ses traversées sont écartées.</translation>
    </message>
    <message numerus="yes">
        <source>%n ferry terminal(s) lie further from the network than the terminal distance (%1 m); their sailings are left out (the network does not reach them).</source>
        <translation>
            <numerusform>%n terminal de ferry est plus loin du réseau que la distance des terminaux (%1 m) ; ses traversées sont écartées (le réseau ne l&apos;atteint pas).</numerusform>
            <numerusform>%n terminaux de ferry sont plus loin du réseau que la distance des terminaux (%1 m) ; leurs traversées sont écartées (le réseau ne les atteint pas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ferry timetable row %1</source>
        <translation>Ligne %1 des horaires de ferry</translation>
    </message>
    <message>
        <source>sailing from or to an unknown terminal</source>
        <translation>traversée depuis ou vers un terminal inconnu</translation>
    </message>
    <message>
        <source>%1: stop &apos;%2&apos; (&apos;%3&apos;) matches no ferry terminal&apos;s &apos;%4&apos;; the sailing is left out.</source>
        <translation>%1 : l&apos;arrêt « %2 » (« %3 ») ne correspond au « %4 » d&apos;aucun terminal de ferry ; la traversée est écartée.</translation>
    </message>
    <message>
        <source>sailing time not a time of day</source>
        <translation>heure de traversée qui n&apos;est pas une heure du jour</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is &apos;%3&apos;, not a time of day (HH:MM, 00:00 to 23:59); the sailing is left out.</source>
        <translation>%1 : « %2 » vaut « %3 », pas une heure du jour (HH:MM, de 00:00 à 23:59) ; la traversée est écartée.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>not above 0</source>
        <translation>pas supérieur à 0</translation>
    </message>
    <message>
        <source>more than a day: an error in the data, not a crossing</source>
        <translation>plus d&apos;une journée : une erreur dans les données, pas une traversée</translation>
    </message>
    <message>
        <source>sailing with unusable crossing minutes</source>
        <translation>traversée aux minutes inutilisables</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is %3 (%4); the sailing is left out.</source>
        <translation>%1 : « %2 » vaut %3 (%4) ; la traversée est écartée.</translation>
    </message>
    <message>
        <source>sailing day not 0 or 1</source>
        <translation>jour de traversée ni 0 ni 1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is &apos;%3&apos;, not 0 or 1; the sailing is taken not to run that day.</source>
        <translation>%1 : « %2 » vaut « %3 », ni 0 ni 1 ; la traversée est réputée ne pas circuler ce jour-là.</translation>
    </message>
    <message>
        <source>sailing between terminals on one node</source>
        <translation>traversée entre des terminaux sur un même nœud</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; and &apos;%3&apos; join the network at the same node; the sailing is left out.</source>
        <translation>%1 : « %2 » et « %3 » rejoignent le réseau au même nœud ; la traversée est écartée.</translation>
    </message>
    <message>
        <source>sailing vehicles value unknown</source>
        <translation>valeur de véhicules de la traversée inconnue</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is &apos;%3&apos;, neither a vehicle nor a foot-passenger value; the sailing is taken to carry vehicles.</source>
        <translation>%1 : « %2 » vaut « %3 », ni une valeur de véhicules ni une valeur de piétons ; la traversée est réputée prendre les véhicules.</translation>
    </message>
    <message>
        <source>sailing check-in not minutes</source>
        <translation>enregistrement de la traversée qui n&apos;est pas en minutes</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is &apos;%3&apos;, not minutes from 0 to a day; the default check-in is used.</source>
        <translation>%1 : « %2 » vaut « %3 », pas un nombre de minutes entre 0 et une journée ; l&apos;enregistrement par défaut est utilisé.</translation>
    </message>
    <message>
        <source>Ferry timetable: %1 of %2 sailing row(s) used; %3 left out because a terminal is beyond the network.</source>
        <translation>Horaires de ferry : %1 ligne(s) de traversée sur %2 utilisée(s) ; %3 écartée(s) car un terminal est hors du réseau.</translation>
    </message>
    <message numerus="yes">
        <source>%n foot-passenger sailing(s) left out: the traveller drives.</source>
        <translation>
            <numerusform>%n traversée réservée aux piétons écartée : le voyageur conduit.</numerusform>
            <numerusform>%n traversées réservées aux piétons écartées : le voyageur conduit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Help button opens the full page: how it is computed, every parameter and output field, and what happens to missing or bad values.</source>
        <translation>Le bouton Aide ouvre la page complète : comment c&apos;est calculé, chaque paramètre et champ en sortie, et ce qu&apos;il advient des valeurs manquantes ou invalides.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set to &apos;%2&apos;, the layer&apos;s feature id, which only numbers the features: the results will say nothing about them. Choose the field that holds the value.</source>
        <translation>« %1 » est réglé sur « %2 », l&apos;identifiant d&apos;entité de la couche, qui ne fait que numéroter les entités : les résultats n&apos;en diront rien. Choisissez le champ qui contient la valeur.</translation>
    </message>
    <message>
        <source>NaN (not a number)</source>
        <translation>NaN (pas un nombre)</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>infini</translation>
    </message>
    <message>
        <source>minus infinity</source>
        <translation>moins l&apos;infini</translation>
    </message>
    <message>
        <source>&apos;%1&apos;, not a number</source>
        <translation>« %1 », pas un nombre</translation>
    </message>
    <message>
        <source>negative (%1)</source>
        <translation>négatif (%1)</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Entité %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 layer already has a field &apos;%2&apos;, which the output adds; rename or drop it first.</source>
        <translation>La couche %1 a déjà un champ « %2 », que la sortie ajoute ; renommez-le ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The %1 layer &apos;%2&apos; says it holds %3 features, but only %4 could be read: the file is damaged or truncated part-way. Nothing is written from a partial read; repair or re-download it.</source>
        <translation>La couche %1 « %2 » annonce %3 entités, mais seules %4 ont pu être lues : le fichier est endommagé ou tronqué en cours de route. Rien n&apos;est écrit à partir d&apos;une lecture partielle ; réparez-le ou téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>value far out</source>
        <translation>valeur très éloignée</translation>
    </message>
    <message>
        <source>%1: %2 holds %3, %4 robust standard deviations from the median; check it (a typo or a code for a missing value?): %5</source>
        <translation>%1 : %2 vaut %3, à %4 écarts-types robustes de la médiane ; vérifiez-la (une faute de frappe, ou un code de valeur manquante ?) : %5</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) in all with: %1 (only the first %2 are listed above).</source>
        <translation>
            <numerusform>%n entité en tout avec : %1 (seules les %2 premières sont citées plus haut).</numerusform>
            <numerusform>%n entités en tout avec : %1 (seules les %2 premières sont citées plus haut).</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>cannot set aside trigger &apos;%1&apos;</source>
        <translation>impossible de mettre de côté le déclencheur « %1 »</translation>
    </message>
    <message>
        <source>cannot prepare the insert into table &apos;%1&apos;</source>
        <translation>impossible de préparer l&apos;insertion dans la table « %1 »</translation>
    </message>
    <message>
        <source>cannot insert a row</source>
        <translation>impossible d&apos;insérer une ligne</translation>
    </message>
    <message>
        <source>cannot restore a trigger</source>
        <translation>impossible de rétablir un déclencheur</translation>
    </message>
    <message>
        <source>cannot commit the rows</source>
        <translation>impossible de valider les lignes</translation>
    </message>
    <message>
        <source>%1. Input sources: %2. Every parameter is listed in the history.</source>
        <translation>%1. Sources en entrée : %2. Chaque paramètre figure dans l&apos;historique.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Could not record provenance (algorithm, parameters, inputs) in the metadata of %1.</source>
        <translation>Impossible d&apos;enregistrer la provenance (algorithme, paramètres, entrées) dans les métadonnées de %1.</translation>
    </message>
    <message>
        <source>The previous %1 cannot be replaced (is it open elsewhere, or read-only?).</source>
        <translation>Le précédent %1 ne peut pas être remplacé (est-il ouvert ailleurs, ou en lecture seule ?).</translation>
    </message>
    <message>
        <source>The finished output %1 cannot be moved to %2.</source>
        <translation>La sortie terminée %1 ne peut pas être déplacée vers %2.</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;: it must be a file ending in .%3.</source>
        <translation>%1 vaut « %2 » : ce doit être un fichier se terminant par .%3.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1 : le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be written to.</source>
        <translation>%1 : impossible d&apos;écrire dans le dossier %2.</translation>
    </message>
    <message>
        <source>%1: %2 exists and cannot be replaced (read-only).</source>
        <translation>%1 : %2 existe et ne peut pas être remplacé (lecture seule).</translation>
    </message>
    <message>
        <source>The PlaceGap style %1 could not be applied: %2</source>
        <translation>Le style PlaceGap %1 n&apos;a pas pu être appliqué : %2</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>The workflow model %1 cannot be read.</source>
        <translation>Le modèle de traitement %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>PlaceGap workflows</source>
        <translation>Modèles de traitement PlaceGap</translation>
    </message>
    <message>
        <source>%1

A workflow model shipped with PlaceGap (%2): it runs here, in batch mode and with placegap_process. Open the file in the Model Designer to see or change its steps; the Help button opens its page.</source>
        <translation>%1

Un modèle de traitement livré avec PlaceGap (%2) : il s&apos;exécute ici, en mode lot et avec placegap_process. Ouvrez le fichier dans le Modeleur graphique pour en voir ou modifier les étapes ; le bouton Aide ouvre sa page.</translation>
    </message>
    <message>
        <source>Attainment gap by deprivation (gap, SII, RII)</source>
        <translation>Écart de résultats selon la défavorisation (écart, SII, RII)</translation>
    </message>
    <message>
        <source>simd,deprivation,attainment,gap,poverty-related attainment gap,sii,rii,slope index of inequality,relative index of inequality,quintile,decile,bootstrap</source>
        <translation>simd,défavorisation,deprivation,résultats scolaires,attainment,écart,écart de résultats lié à la pauvreté,sii,rii,indice de pente des inégalités,indice relatif des inégalités,quintile,décile,bootstrap</translation>
    </message>
    <message>
        <source>Summarises attainment by deprivation quintile or decile, optionally per group: weighted means, the gap and ratio between the most and least deprived, SII and RII, each with a 95% confidence interval.</source>
        <translation>Résume les résultats scolaires par quintile ou décile de défavorisation, au choix par groupe : moyennes pondérées, écart et rapport entre les plus et les moins défavorisés, SII et RII, chacun avec un intervalle de confiance à 95 %.</translation>
    </message>
    <message>
        <source>How much better the least deprived do than the most deprived: mean attainment in each deprivation class (quintiles or deciles), the gap and ratio between the extreme classes, and the slope and relative index of inequality (SII, RII) over all classes, with bootstrap 95% intervals, per group (e.g. council) if one is chosen. Attainment may be read as published: suppressed ([c]) and banded (97-100%) figures are estimated within their intervals, counted in the tables, and bound what each figure could be.</source>
        <translation>De combien les moins défavorisés réussissent mieux que les plus défavorisés : résultat moyen dans chaque classe de défavorisation (quintiles ou déciles), écart et rapport entre les classes extrêmes, et indices de pente et relatif des inégalités (SII, RII) sur toutes les classes, avec des intervalles bootstrap à 95 %, par groupe (p. ex. conseil) si l&apos;on en choisit un. Les résultats peuvent être lus tels que publiés : les chiffres masqués ([c]) et par tranches (97-100%) sont estimés dans leurs intervalles, comptés dans les tables, et bornent ce que chaque chiffre pourrait être.</translation>
    </message>
    <message>
        <source>Areas or schools (any layer or table)</source>
        <translation>Zones ou écoles (toute couche ou table)</translation>
    </message>
    <message>
        <source>Attainment field (higher = better; a number or published text)</source>
        <translation>Champ des résultats (plus élevé = meilleur ; un nombre ou un texte publié)</translation>
    </message>
    <message>
        <source>Deprivation class field (1 = most deprived)</source>
        <translation>Champ de classe de défavorisation (1 = le plus défavorisé)</translation>
    </message>
    <message>
        <source>Deprivation classes</source>
        <translation>Classes de défavorisation</translation>
    </message>
    <message>
        <source>Quintiles (1-5)</source>
        <translation>Quintiles (1-5)</translation>
    </message>
    <message>
        <source>Deciles (1-10)</source>
        <translation>Déciles (1-10)</translation>
    </message>
    <message>
        <source>Weight field, e.g. pupils (optional)</source>
        <translation>Champ de pondération, p. ex. élèves (facultatif)</translation>
    </message>
    <message>
        <source>Group field, e.g. council or rurality class (optional)</source>
        <translation>Champ de groupe, p. ex. conseil ou classe de ruralité (facultatif)</translation>
    </message>
    <message>
        <source>Bootstrap replicates for the SII and RII intervals</source>
        <translation>Réplications bootstrap des intervalles de SII et RII</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <source>Suppressed and banded values</source>
        <translation>Valeurs masquées et par tranches</translation>
    </message>
    <message>
        <source>Estimate them within their intervals, and give bounds</source>
        <translation>Les estimer dans leurs intervalles, et donner des bornes</translation>
    </message>
    <message>
        <source>Leave them out (published values only), and give bounds</source>
        <translation>Les écarter (valeurs publiées seulement), et donner des bornes</translation>
    </message>
    <message>
        <source>Attainment by deprivation class</source>
        <translation>Résultats par classe de défavorisation</translation>
    </message>
    <message>
        <source>Attainment gap summary</source>
        <translation>Résumé de l&apos;écart de résultats</translation>
    </message>
    <message>
        <source>input</source>
        <translation>en entrée</translation>
    </message>
    <message>
        <source>quintile</source>
        <translation>quintile</translation>
    </message>
    <message>
        <source>decile</source>
        <translation>décile</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is %3; the feature is left out.</source>
        <translation>%1 : le champ « %2 » vaut %3 ; l&apos;entité est écartée.</translation>
    </message>
    <message>
        <source>%1: deprivation class %2 in field &apos;%3&apos; is not a %4 (a whole number from 1 to %5). Set %6 to match the field.</source>
        <translation>%1 : la classe de défavorisation %2 du champ « %3 » n&apos;est pas un %4 (un entier de 1 à %5). Réglez %6 selon le champ.</translation>
    </message>
    <message>
        <source>%1: weight %2 in field &apos;%3&apos; is negative.</source>
        <translation>%1 : le poids %2 du champ « %3 » est négatif.</translation>
    </message>
    <message>
        <source>deprivation class</source>
        <translation>classe de défavorisation</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>zero weight</source>
        <translation>poids nul</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>zéro</translation>
    </message>
    <message>
        <source>NULL group</source>
        <translation>groupe NULL</translation>
    </message>
    <message>
        <source>NULL or empty</source>
        <translation>NULL ou vide</translation>
    </message>
    <message>
        <source>attainment %1</source>
        <translation>résultat %1</translation>
    </message>
    <message>
        <source>it moves its class&apos;s mean and every gap and slope that uses it.</source>
        <translation>elle déplace la moyenne de sa classe et chaque écart et pente qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>only %1 %2 %3: no gap, ratio, SII or RII</source>
        <translation>%1 %2 %3 : ni écart, ni rapport, ni SII, ni RII</translation>
    </message>
    <message>
        <source>one</source>
        <translation>un seul</translation>
    </message>
    <message>
        <source>no</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no feature in %1 %2: no gap or ratio; SII and RII from %1s %3</source>
        <translation>aucune entité dans le %1 %2 : ni écart ni rapport ; SII et RII à partir des %1s %3</translation>
    </message>
    <message>
        <source>%1 %2 has no published value</source>
        <translation>le %1 %2 n&apos;a pas de valeur publiée</translation>
    </message>
    <message>
        <source>%1s %2 have no published value</source>
        <translation>les %1s %2 n&apos;ont pas de valeur publiée</translation>
    </message>
    <message>
        <source>, the gap, the ratio</source>
        <translation>, l&apos;écart, le rapport</translation>
    </message>
    <message>
        <source>%1 (every feature suppressed or banded): no estimate of its mean%2, the SII or the RII, only their bounds</source>
        <translation>%1 (toutes les entités masquées ou par tranches) : aucune estimation de sa moyenne%2, du SII ou du RII, seulement leurs bornes</translation>
    </message>
    <message>
        <source>censored values imputed</source>
        <translation>valeurs censurées imputées</translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed or banded value(s) estimated within their intervals</source>
        <translation>
            <numerusform>%n valeur masquée ou par tranche estimée dans son intervalle</numerusform>
            <numerusform>%n valeurs masquées ou par tranches estimées dans leurs intervalles</numerusform>
        </translation>
    </message>
    <message>
        <source>published values only</source>
        <translation>valeurs publiées seulement</translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed or banded value(s) left out</source>
        <translation>
            <numerusform>%n valeur masquée ou par tranche écartée</numerusform>
            <numerusform>%n valeurs masquées ou par tranches écartées</numerusform>
        </translation>
    </message>
    <message>
        <source>published values</source>
        <translation>valeurs publiées</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) without a value left out</source>
        <translation>
            <numerusform>%n entité sans valeur écartée</numerusform>
            <numerusform>%n entités sans valeur écartées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n feature(s) has a usable attainment, deprivation class%1; there is nothing to summarise.</source>
        <translation>
            <numerusform>Aucune des %n entité n&apos;a de résultat, de classe de défavorisation%1 utilisables ; il n&apos;y a rien à résumer.</numerusform>
            <numerusform>Aucune des %n entités n&apos;a de résultat, de classe de défavorisation%1 utilisables ; il n&apos;y a rien à résumer.</numerusform>
        </translation>
    </message>
    <message>
        <source> and weight</source>
        <translation> et de poids</translation>
    </message>
    <message numerus="yes">
        <source>Summarising %1 of %2 features in %n group(s), %3 bootstrap replicates each.</source>
        <translation>
            <numerusform>Résumé de %1 entités sur %2 en %n groupe, %3 réplications bootstrap chacun.</numerusform>
            <numerusform>Résumé de %1 entités sur %2 en %n groupes, %3 réplications bootstrap chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>The layer</source>
        <translation>La couche</translation>
    </message>
    <message>
        <source>The whole layer</source>
        <translation>Toute la couche</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos;</source>
        <translation>Groupe « %1 »</translation>
    </message>
    <message>
        <source>Attainment above or below expectation (residuals)</source>
        <translation>Résultats au-dessus ou au-dessous des attentes (résidus)</translation>
    </message>
    <message>
        <source>simd,deprivation,attainment,regression,residual,expected,beating the odds,rurality,school</source>
        <translation>simd,défavorisation,deprivation,résultats scolaires,attainment,régression,résidu,attendu,déjouer les pronostics,ruralité,école</translation>
    </message>
    <message>
        <source>Fits attainment on deprivation (optionally with a rurality class term) and flags areas or schools clearly above or below what their deprivation predicts.</source>
        <translation>Ajuste les résultats sur la défavorisation (au choix avec un terme de classe de ruralité) et signale les zones ou écoles nettement au-dessus ou au-dessous de ce que prédit leur défavorisation.</translation>
    </message>
    <message>
        <source>Finds schools or areas that beat the odds: fits attainment on deprivation (with one level per rurality class if chosen) and flags those clearly above or below what their deprivation predicts. With a cohort field, small schools are judged fairly: their percentages get Wilson intervals, their residuals are shrunk toward the expectation (empirical Bayes) and ranked with intervals, and a school is flagged only when its interval excludes the expectation. Suppressed and banded figures are judged at both ends of their interval.</source>
        <translation>Trouve les écoles ou zones qui déjouent les pronostics : ajuste les résultats sur la défavorisation (avec un niveau par classe de ruralité si on en choisit une) et signale celles nettement au-dessus ou au-dessous de ce que prédit leur défavorisation. Avec un champ d&apos;effectif, les petites écoles sont jugées équitablement : leurs pourcentages reçoivent des intervalles de Wilson, leurs résidus sont ramenés vers l&apos;attendu (Bayes empirique) et classés avec des intervalles, et une école n&apos;est signalée que si son intervalle exclut l&apos;attendu. Les chiffres masqués et par tranches sont jugés aux deux bornes de leur intervalle.</translation>
    </message>
    <message>
        <source>Attainment field (a number or published text)</source>
        <translation>Champ des résultats (un nombre ou un texte publié)</translation>
    </message>
    <message>
        <source>Deprivation field (rank, score or class)</source>
        <translation>Champ de défavorisation (rang, score ou classe)</translation>
    </message>
    <message>
        <source>Rurality class field (optional)</source>
        <translation>Champ de classe de ruralité (facultatif)</translation>
    </message>
    <message>
        <source>Flag beyond this standardised residual</source>
        <translation>Signaler au-delà de ce résidu standardisé</translation>
    </message>
    <message>
        <source>Cohort field: pupils the attainment % is a share of (optional; small-number methods)</source>
        <translation>Champ d&apos;effectif : élèves dont le % de résultats est une part (facultatif ; méthodes des petits effectifs)</translation>
    </message>
    <message>
        <source>Simulations for the rank intervals</source>
        <translation>Simulations pour les intervalles de rang</translation>
    </message>
    <message>
        <source>Attainment residuals</source>
        <translation>Résidus des résultats</translation>
    </message>
    <message>
        <source>Slope of attainment on deprivation</source>
        <translation>Pente des résultats sur la défavorisation</translation>
    </message>
    <message>
        <source>R squared</source>
        <translation>R carré</translation>
    </message>
    <message>
        <source>Residual standard deviation</source>
        <translation>Écart-type résiduel</translation>
    </message>
    <message>
        <source>Features above expectation</source>
        <translation>Entités au-dessus des attentes</translation>
    </message>
    <message>
        <source>Features below expectation</source>
        <translation>Entités au-dessous des attentes</translation>
    </message>
    <message>
        <source>Spread of true residuals between features (with a cohort field)</source>
        <translation>Dispersion des vrais résidus entre entités (avec un champ d&apos;effectif)</translation>
    </message>
    <message>
        <source>attainment unreadable</source>
        <translation>résultat illisible</translation>
    </message>
    <message>
        <source>no attainment</source>
        <translation>pas de résultat</translation>
    </message>
    <message>
        <source>deprivation</source>
        <translation>défavorisation</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is %3; the feature is left out of the fit and its results are NULL.</source>
        <translation>%1 : le champ « %2 » vaut %3 ; l&apos;entité est écartée de l&apos;ajustement et ses résultats sont NULL.</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is zero; the feature is left out of the fit and its results are NULL.</source>
        <translation>%1 : le champ « %2 » vaut zéro ; l&apos;entité est écartée de l&apos;ajustement et ses résultats sont NULL.</translation>
    </message>
    <message>
        <source>NULL class</source>
        <translation>classe NULL</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is NULL or empty; the feature is left out of the fit and its results are NULL.</source>
        <translation>%1 : le champ « %2 » est NULL ou vide ; l&apos;entité est écartée de l&apos;ajustement et ses résultats sont NULL.</translation>
    </message>
    <message>
        <source>no cohort</source>
        <translation>pas d&apos;effectif</translation>
    </message>
    <message>
        <source>%1: cohort field &apos;%2&apos; is NULL, not a number or not above zero; it has no small-number results.</source>
        <translation>%1 : le champ d&apos;effectif « %2 » est NULL, pas un nombre ou pas supérieur à zéro ; elle n&apos;a pas de résultats pour petits effectifs.</translation>
    </message>
    <message>
        <source>it bends the fitted line for every feature.</source>
        <translation>elle infléchit la droite ajustée pour toutes les entités.</translation>
    </message>
    <message numerus="yes">
        <source>Attainment (%1) cannot be fitted on deprivation (&apos;%2&apos;) from %n feature(s) with a published value: the model %3.</source>
        <translation>
            <numerusform>Les résultats (%1) ne peuvent pas être ajustés sur la défavorisation (« %2 ») à partir de %n entité ayant une valeur publiée : le modèle %3.</numerusform>
            <numerusform>Les résultats (%1) ne peuvent pas être ajustés sur la défavorisation (« %2 ») à partir de %n entités ayant une valeur publiée : le modèle %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attainment (%1) fitted on deprivation (&apos;%2&apos;) gives numbers too large to compute (slope %3): check the values named in the warnings above.</source>
        <translation>Les résultats (%1) ajustés sur la défavorisation (« %2 ») donnent des nombres trop grands pour être calculés (pente %3) : vérifiez les valeurs citées dans les avertissements ci-dessus.</translation>
    </message>
    <message>
        <source>Fitted %1 features: slope %2 per unit of &apos;%3&apos;, R squared %4, residual standard deviation %5.</source>
        <translation>%1 entités ajustées : pente %2 par unité de « %3 », R carré %4, écart-type résiduel %5.</translation>
    </message>
    <message>
        <source>Intercept: %1.</source>
        <translation>Ordonnée à l&apos;origine : %1.</translation>
    </message>
    <message>
        <source>Intercept of class &apos;%1&apos;: %2.</source>
        <translation>Ordonnée à l&apos;origine de la classe « %1 » : %2.</translation>
    </message>
    <message>
        <source>%1 is alone in its class &apos;%2&apos; of &apos;%3&apos;, so the fit passes through it: no standardised residual or flag.</source>
        <translation>%1 est seule dans sa classe « %2 » de « %3 » ; l&apos;ajustement passe donc par elle : pas de résidu standardisé ni de signalement.</translation>
    </message>
    <message>
        <source>Small numbers: %1 features with a cohort; true residuals spread with a standard deviation of %2 between them; %3 above and %4 below expectation (95% interval of the shrunk residual excluding 0).</source>
        <translation>Petits effectifs : %1 entités avec un effectif ; les vrais résidus varient entre elles avec un écart-type de %2 ; %3 au-dessus et %4 au-dessous des attentes (intervalle à 95 % du résidu rétréci excluant 0).</translation>
    </message>
    <message>
        <source>%1 above and %2 below expectation (|standardised residual| &gt; %3).</source>
        <translation>%1 au-dessus et %2 au-dessous des attentes (|résidu standardisé| &gt; %3).</translation>
    </message>
    <message>
        <source>class not fitted</source>
        <translation>classe non ajustée</translation>
    </message>
    <message>
        <source>Feature %1: its class &apos;%2&apos; of &apos;%3&apos; has no published value to fit, so it has no expectation; its results are NULL.</source>
        <translation>Entité %1 : sa classe « %2 » de « %3 » n&apos;a aucune valeur publiée à ajuster, donc pas d&apos;attendu ; ses résultats sont NULL.</translation>
    </message>
    <message>
        <source>Bivariate local Moran&apos;s I (LISA) of deprivation and attainment</source>
        <translation>I de Moran local bivarié (LISA) de la défavorisation et des résultats</translation>
    </message>
    <message>
        <source>lisa,moran,bivariate,local indicators of spatial association,cluster,hot spot,spatial autocorrelation,deprivation,attainment,geoda,pysal,esda</source>
        <translation>lisa,moran,bivarié,indicateurs locaux d&apos;association spatiale,agrégat,point chaud,autocorrélation spatiale,défavorisation,résultats scolaires,geoda,pysal,esda</translation>
    </message>
    <message>
        <source>Finds clusters where deprivation at an area meets high or low attainment around it: local bivariate Moran&apos;s I with permutation inference, plus the global bivariate Moran&apos;s I.</source>
        <translation>Trouve les agrégats où la défavorisation d&apos;une zone rencontre des résultats élevés ou faibles autour d&apos;elle : I de Moran local bivarié avec inférence par permutations, plus le I de Moran bivarié global.</translation>
    </message>
    <message>
        <source>Finds clusters where deprivation in an area meets high or low attainment around it (bivariate local Moran&apos;s I, as GeoDa and PySAL), with permutation p-values and the global statistic. Neighbours by shared boundaries, nearest areas or distance; islands can be joined by a contiguity tolerance and by ferry links, and areas left without neighbours are listed by code.</source>
        <translation>Trouve les agrégats où la défavorisation d&apos;une zone rencontre des résultats élevés ou faibles autour d&apos;elle (I de Moran local bivarié, comme GeoDa et PySAL), avec des valeurs p par permutations et la statistique globale. Voisins par limites communes, zones les plus proches ou distance ; les îles peuvent être reliées par une tolérance de contiguïté et par des liaisons en ferry, et les zones restées sans voisins sont listées par code.</translation>
    </message>
    <message>
        <source>Areas (polygons, or points with nearest or distance weights)</source>
        <translation>Zones (polygones, ou points avec des poids de plus proches voisins ou de distance)</translation>
    </message>
    <message>
        <source>Deprivation field (x, at the area)</source>
        <translation>Champ de défavorisation (x, dans la zone)</translation>
    </message>
    <message>
        <source>Attainment field (y, around the area; a number or published text)</source>
        <translation>Champ des résultats (y, autour de la zone ; un nombre ou un texte publié)</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Voisins</translation>
    </message>
    <message>
        <source>Queen contiguity</source>
        <translation>Contiguïté reine</translation>
    </message>
    <message>
        <source>Rook contiguity</source>
        <translation>Contiguïté tour</translation>
    </message>
    <message>
        <source>K nearest neighbours</source>
        <translation>K plus proches voisins</translation>
    </message>
    <message>
        <source>Distance band</source>
        <translation>Bande de distance</translation>
    </message>
    <message>
        <source>Number of nearest neighbours</source>
        <translation>Nombre de plus proches voisins</translation>
    </message>
    <message>
        <source>Permutations</source>
        <translation>Permutations</translation>
    </message>
    <message>
        <source>Significance level</source>
        <translation>Seuil de signification</translation>
    </message>
    <message>
        <source>Control the false discovery rate</source>
        <translation>Contrôler le taux de fausses découvertes</translation>
    </message>
    <message>
        <source>Permutation p-value</source>
        <translation>Valeur p par permutations</translation>
    </message>
    <message>
        <source>Two-sided</source>
        <translation>Bilatérale</translation>
    </message>
    <message>
        <source>Folded, as esda (for comparison with PySAL)</source>
        <translation>Repliée, comme esda (pour comparer avec PySAL)</translation>
    </message>
    <message>
        <source>Threads (0 = all cores)</source>
        <translation>Fils d&apos;exécution (0 = tous les cœurs)</translation>
    </message>
    <message>
        <source>Contiguity: areas this close also touch (metres; 0 = shared vertices only)</source>
        <translation>Contiguïté : les zones aussi proches se touchent aussi (mètres ; 0 = sommets partagés seulement)</translation>
    </message>
    <message>
        <source>Area code field, to name areas without neighbours (optional)</source>
        <translation>Champ du code de zone, pour nommer les zones sans voisins (facultatif)</translation>
    </message>
    <message>
        <source>Ferry timetable or crossings: join the areas of the stops sailed between (optional)</source>
        <translation>Horaires de ferry ou traversées : relier les zones des arrêts desservis entre eux (facultatif)</translation>
    </message>
    <message>
        <source>Ferry terminals (points with the timetable&apos;s stop codes; optional)</source>
        <translation>Terminaux de ferry (points portant les codes d&apos;arrêt des horaires ; facultatif)</translation>
    </message>
    <message>
        <source>Ferry terminals: services field (terminals naming the same service are joined; optional)</source>
        <translation>Terminaux de ferry : champ des lignes (les terminaux nommant la même ligne sont reliés ; facultatif)</translation>
    </message>
    <message>
        <source>Ferry terminals: join the nearest area within (metres)</source>
        <translation>Terminaux de ferry : rejoindre la zone la plus proche dans un rayon de (mètres)</translation>
    </message>
    <message>
        <source>Bivariate LISA</source>
        <translation>LISA bivarié</translation>
    </message>
    <message>
        <source>Global bivariate Moran&apos;s I</source>
        <translation>I de Moran bivarié global</translation>
    </message>
    <message>
        <source>Pseudo p-value of the global I</source>
        <translation>Pseudo-valeur p du I global</translation>
    </message>
    <message>
        <source>Areas without neighbours</source>
        <translation>Zones sans voisins</translation>
    </message>
    <message>
        <source>p-value threshold used</source>
        <translation>Seuil de valeur p utilisé</translation>
    </message>
    <message>
        <source>Codes (from the area code field, else feature ids) of the areas without neighbours</source>
        <translation>Codes (du champ de code de zone, sinon identifiants d&apos;entité) des zones sans voisins</translation>
    </message>
    <message>
        <source>ferry terminals</source>
        <translation>terminaux de ferry</translation>
    </message>
    <message>
        <source>ferry timetable</source>
        <translation>horaires de ferry</translation>
    </message>
    <message>
        <source>Set %1: ferry links need it.</source>
        <translation>Définissez %1 : les liaisons en ferry en ont besoin.</translation>
    </message>
    <message>
        <source>The input layer needs polygon or point geometries to find neighbours.</source>
        <translation>La couche en entrée doit avoir des géométries polygones ou points pour trouver les voisins.</translation>
    </message>
    <message>
        <source>The layer&apos;s CRS (%1) is not in metres: nearest neighbours are found from centroids in %2 (%3).</source>
        <translation>Le SCR de la couche (%1) n&apos;est pas en mètres : les plus proches voisins sont cherchés à partir des centroïdes en %2 (%3).</translation>
    </message>
    <message>
        <source>NULL value</source>
        <translation>valeur NULL</translation>
    </message>
    <message>
        <source>value not a number</source>
        <translation>valeur qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is %3; the area is left out of the weights and statistics.</source>
        <translation>%1 : le champ « %2 » vaut %3 ; la zone est écartée des poids et des statistiques.</translation>
    </message>
    <message>
        <source>attainment suppressed</source>
        <translation>résultat masqué</translation>
    </message>
    <message>
        <source>attainment banded</source>
        <translation>résultat par tranche</translation>
    </message>
    <message>
        <source>%1: %2 is known only to lie in %3-%4 (%5); a LISA needs one value per area, so the area is left out of the weights and statistics.</source>
        <translation>%1 : %2 n&apos;est connu que comme compris entre %3 et %4 (%5) ; un LISA demande une valeur par zone, la zone est donc écartée des poids et des statistiques.</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>pas de géométrie</translation>
    </message>
    <message>
        <source>%1 has no geometry; the area is left out of the weights and statistics.</source>
        <translation>%1 n&apos;a pas de géométrie ; la zone est écartée des poids et des statistiques.</translation>
    </message>
    <message>
        <source>centroid not transformable</source>
        <translation>centroïde non transformable</translation>
    </message>
    <message>
        <source>%1: its centroid cannot be transformed to %2; the area is left out of the weights and statistics.</source>
        <translation>%1 : son centroïde ne peut pas être transformé en %2 ; la zone est écartée des poids et des statistiques.</translation>
    </message>
    <message>
        <source>geometry not transformable</source>
        <translation>géométrie non transformable</translation>
    </message>
    <message>
        <source>%1: its geometry cannot be transformed to %2 to find the ferries that reach it; the area is left out of the weights and statistics.</source>
        <translation>%1 : sa géométrie ne peut pas être transformée en %2 pour trouver les ferries qui l&apos;atteignent ; la zone est écartée des poids et des statistiques.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n area(s) have numbers in both &apos;%1&apos; and %2 and a geometry; a LISA needs at least 3.</source>
        <translation>
            <numerusform>Seule %n zone a des nombres à la fois dans « %1 » et %2 et une géométrie ; un LISA en demande au moins 3.</numerusform>
            <numerusform>Seules %n zones ont des nombres à la fois dans « %1 » et %2 et une géométrie ; un LISA en demande au moins 3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field %1 has the same value %2 for every usable area, so it cannot be standardised.</source>
        <translation>Le champ %1 a la même valeur %2 pour toutes les zones utilisables ; il ne peut donc pas être standardisé.</translation>
    </message>
    <message numerus="yes">
        <source>Contiguity within %1 m: %n more pair(s) of areas are neighbours.</source>
        <translation>
            <numerusform>Contiguïté à moins de %1 m : %n paire de zones de plus est voisine.</numerusform>
            <numerusform>Contiguïté à moins de %1 m : %n paires de zones de plus sont voisines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ferries: %1 terminals, %2 services, %3 timetabled routes between stops; they join %4 pairs of areas, %5 of them not already neighbours.</source>
        <translation>Ferries : %1 terminaux, %2 lignes, %3 liaisons aux horaires entre arrêts ; elles relient %4 paires de zones, dont %5 pas déjà voisines.</translation>
    </message>
    <message numerus="yes">
        <source>%n ferry terminal(s) lie more than %1 m from every usable area and join nothing: %2.</source>
        <translation>
            <numerusform>%n terminal de ferry est à plus de %1 m de toute zone utilisable et ne relie rien : %2.</numerusform>
            <numerusform>%n terminaux de ferry sont à plus de %1 m de toute zone utilisable et ne relient rien : %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) of the ferry timetable are no terminal&apos;s code (&apos;%1&apos;), so their routes join nothing: %2.</source>
        <translation>
            <numerusform>%n arrêt des horaires de ferry n&apos;est le code d&apos;aucun terminal (« %1 ») ; ses liaisons ne relient donc rien : %2.</numerusform>
            <numerusform>%n arrêts des horaires de ferry ne sont le code d&apos;aucun terminal (« %1 ») ; leurs liaisons ne relient donc rien : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 areas, %2 neighbour links, on average %3 neighbours.</source>
        <translation>%1 zones, %2 liens de voisinage, en moyenne %3 voisins.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) have no neighbours (islands) and get cluster &apos;No neighbours&apos;: %1 %2.</source>
        <translation>
            <numerusform>%n zone n&apos;a pas de voisin (île) et reçoit l&apos;agrégat « Sans voisins » : %1 %2.</numerusform>
            <numerusform>%n zones n&apos;ont pas de voisins (îles) et reçoivent l&apos;agrégat « Sans voisins » : %1 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>features</source>
        <translation>entités</translation>
    </message>
    <message numerus="yes">
        <source>%1 permutations on %n thread(s), seed %2.</source>
        <translation>
            <numerusform>%1 permutations sur %n fil d&apos;exécution, graine %2.</numerusform>
            <numerusform>%1 permutations sur %n fils d&apos;exécution, graine %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Global bivariate Moran&apos;s I %1, pseudo p-value %2; significant at p &lt;= %3.</source>
        <translation>I de Moran bivarié global %1, pseudo-valeur p %2 ; significatif à p &lt;= %3.</translation>
    </message>
    <message>
        <source>it dominates its neighbours&apos; statistics.</source>
        <translation>elle domine les statistiques de ses voisines.</translation>
    </message>
    <message>
        <source>Deprivation profile of catchments</source>
        <translation>Profil de défavorisation des secteurs</translation>
    </message>
    <message>
        <source>simd,deprivation,catchment,school,ward,locality,profile,quintile,apportion,areal interpolation,data zone</source>
        <translation>simd,défavorisation,deprivation,secteur,catchment,école,quartier électoral,localité,profil,quintile,répartition,interpolation surfacique,zone de données</translation>
    </message>
    <message>
        <source>Aggregates small areas (data zones) into catchments, wards or localities: population share in each SIMD quintile, population-weighted mean rank and the count of most-deprived areas.</source>
        <translation>Agrège de petites zones (zones de données) en secteurs, quartiers électoraux ou localités : part de la population dans chaque quintile du SIMD, rang moyen pondéré par la population et nombre de zones les plus défavorisées.</translation>
    </message>
    <message>
        <source>Profiles the deprivation of school catchments, wards or localities from the small areas inside them: the share of their people in each SIMD quintile, the mean rank and the number of most deprived areas, apportioned by area or by centroid. A count field (e.g. income-deprived people) shows how many deprived people live outside the most deprived areas, and a class field (e.g. urban-rural class) adds the same profile for each class: the rural lens.</source>
        <translation>Dresse le profil de défavorisation des secteurs scolaires, quartiers électoraux ou localités à partir des petites zones qu&apos;ils contiennent : la part de leurs habitants dans chaque quintile du SIMD, le rang moyen et le nombre de zones les plus défavorisées, répartis par surface ou par centroïde. Un champ de décompte (p. ex. personnes en précarité de revenu) montre combien de personnes défavorisées vivent hors des zones les plus défavorisées, et un champ de classe (p. ex. classe urbain-rural) ajoute le même profil pour chaque classe : l&apos;angle rural.</translation>
    </message>
    <message>
        <source>Small areas, e.g. data zones (polygons or centroids)</source>
        <translation>Petites zones, p. ex. zones de données (polygones ou centroïdes)</translation>
    </message>
    <message>
        <source>Deprivation rank field (1 = most deprived)</source>
        <translation>Champ du rang de défavorisation (1 = le plus défavorisé)</translation>
    </message>
    <message>
        <source>Number of areas ranked nationally</source>
        <translation>Nombre de zones classées à l&apos;échelle nationale</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Champ de population</translation>
    </message>
    <message>
        <source>Catchments, wards or localities (polygons)</source>
        <translation>Secteurs, quartiers électoraux ou localités (polygones)</translation>
    </message>
    <message>
        <source>Apportionment</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Area-weighted</source>
        <translation>Pondérée par la surface</translation>
    </message>
    <message>
        <source>Whole areas by centroid</source>
        <translation>Zones entières par centroïde</translation>
    </message>
    <message>
        <source>Count field, e.g. income-deprived people (optional)</source>
        <translation>Champ de décompte, p. ex. personnes en précarité de revenu (facultatif)</translation>
    </message>
    <message>
        <source>Class field of the small areas, e.g. urban-rural class (optional)</source>
        <translation>Champ de classe des petites zones, p. ex. classe urbain-rural (facultatif)</translation>
    </message>
    <message>
        <source>Catchment deprivation profiles</source>
        <translation>Profils de défavorisation des secteurs</translation>
    </message>
    <message>
        <source>Profile by class of the small areas</source>
        <translation>Profil par classe des petites zones</translation>
    </message>
    <message>
        <source>The catchments (CATCHMENTS) must be polygons.</source>
        <translation>Les secteurs (CATCHMENTS) doivent être des polygones.</translation>
    </message>
    <message>
        <source>The small areas must be polygons or points.</source>
        <translation>Les petites zones doivent être des polygones ou des points.</translation>
    </message>
    <message>
        <source>catchment</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>Small areas are transformed from %1 to the catchments&apos; %2.</source>
        <translation>Les petites zones sont transformées de %1 vers le %2 des secteurs.</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is %3; the area is left out.</source>
        <translation>%1 : le champ « %2 » vaut %3 ; la zone est écartée.</translation>
    </message>
    <message>
        <source>%1: rank %2 in field &apos;%3&apos; is outside 1..%4; set %5 to the number of areas ranked nationally.</source>
        <translation>%1 : le rang %2 du champ « %3 » est hors de 1..%4 ; réglez %5 sur le nombre de zones classées à l&apos;échelle nationale.</translation>
    </message>
    <message>
        <source>%1: population %2 in field &apos;%3&apos; is negative.</source>
        <translation>%1 : la population %2 du champ « %3 » est négative.</translation>
    </message>
    <message>
        <source>no count</source>
        <translation>pas de décompte</translation>
    </message>
    <message>
        <source>%1: count field &apos;%2&apos; is NULL or not a number; the area counts no one (its population still counts).</source>
        <translation>%1 : le champ de décompte « %2 » est NULL ou n&apos;est pas un nombre ; la zone ne compte personne (sa population compte toujours).</translation>
    </message>
    <message>
        <source>%1: count %2 in field &apos;%3&apos; is outside 0..%4, the area&apos;s population (&apos;%5&apos;).</source>
        <translation>%1 : le décompte %2 du champ « %3 » est hors de 0..%4, la population de la zone (« %5 »).</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>pas de classe</translation>
    </message>
    <message>
        <source>%1: class field &apos;%2&apos; is NULL or empty; the area is left out of the class summary.</source>
        <translation>%1 : le champ de classe « %2 » est NULL ou vide ; la zone est écartée du résumé par classe.</translation>
    </message>
    <message>
        <source>%1 has no geometry; the area is left out.</source>
        <translation>%1 n&apos;a pas de géométrie ; la zone est écartée.</translation>
    </message>
    <message>
        <source>zero area</source>
        <translation>surface nulle</translation>
    </message>
    <message>
        <source>%1 has no area; its population cannot be apportioned by area and is left out.</source>
        <translation>%1 n&apos;a pas de surface ; sa population ne peut pas être répartie par surface et est écartée.</translation>
    </message>
    <message>
        <source>%1 and catchment feature %2 overlap but their intersection cannot be computed (%3); repair the geometries first (Fix geometries).</source>
        <translation>%1 et l&apos;entité de secteur %2 se chevauchent mais leur intersection ne peut pas être calculée (%3) ; réparez d&apos;abord les géométries (Réparer les géométries).</translation>
    </message>
    <message>
        <source>Apportioned %1 of %2 people in the small areas to the catchments.</source>
        <translation>%1 des %2 habitants des petites zones répartis dans les secteurs.</translation>
    </message>
    <message>
        <source>Catchments overlap: %1 people are counted in more than one catchment.</source>
        <translation>Les secteurs se chevauchent : %1 personnes sont comptées dans plus d&apos;un secteur.</translation>
    </message>
    <message>
        <source>Catchment feature %1 receives no population: its shares and mean rank are NULL.</source>
        <translation>L&apos;entité de secteur %1 ne reçoit aucune population : ses parts et son rang moyen sont NULL.</translation>
    </message>
    <message>
        <source>Class &apos;%1&apos;: %2 of its %3 people counted in &apos;%4&apos; (%5%) live outside quintile 1 areas.</source>
        <translation>Classe « %1 » : %2 de ses %3 personnes comptées dans « %4 » (%5 %) vivent hors des zones du quintile 1.</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1 : vide</translation>
    </message>
    <message>
        <source>%1: up to %2</source>
        <translation>%1 : jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>Deprivation and attainment overlay (bivariate classes)</source>
        <translation>Superposition défavorisation et résultats (classes bivariées)</translation>
    </message>
    <message>
        <source>simd,deprivation,attainment,acel,bivariate,join,quintile,school,data zone,map</source>
        <translation>simd,défavorisation,deprivation,résultats scolaires,attainment,acel,bivarié,jointure,quintile,école,zone de données,carte</translation>
    </message>
    <message>
        <source>Joins attainment to deprivation areas by code and classes every area on both axes into a bivariate class (2x2 to 5x5) with readable labels.</source>
        <translation>Joint les résultats aux zones de défavorisation par code et range chaque zone sur les deux axes dans une classe bivariée (2x2 à 5x5) aux libellés lisibles.</translation>
    </message>
    <message>
        <source>Joins an attainment table to deprivation areas or schools by code and puts each in a 3 x 3 (2 x 2 to 5 x 5) class of deprivation and attainment, for a bivariate map: which deprived places attain well, which do not. Unmatched codes are listed; a suppressed or banded figure is classed when its whole interval falls in one class. A class field (e.g. urban-rural class) adds a table of areas and counts per class and cell.</source>
        <translation>Joint une table de résultats aux zones de défavorisation ou aux écoles par code et place chacune dans une classe 3 x 3 (de 2 x 2 à 5 x 5) de défavorisation et de résultats, pour une carte bivariée : quels lieux défavorisés réussissent bien, lesquels non. Les codes sans correspondance sont listés ; un chiffre masqué ou par tranche est classé quand tout son intervalle tombe dans une même classe. Un champ de classe (p. ex. classe urbain-rural) ajoute une table des zones et décomptes par classe et par case.</translation>
    </message>
    <message>
        <source>Deprivation areas (polygons, points or table)</source>
        <translation>Zones de défavorisation (polygones, points ou table)</translation>
    </message>
    <message>
        <source>Code field of the areas</source>
        <translation>Champ du code des zones</translation>
    </message>
    <message>
        <source>Deprivation field (rank or score)</source>
        <translation>Champ de défavorisation (rang ou score)</translation>
    </message>
    <message>
        <source>Deprivation field order</source>
        <translation>Ordre du champ de défavorisation</translation>
    </message>
    <message>
        <source>Low values are more deprived (a rank, 1 = most deprived)</source>
        <translation>Les valeurs basses sont les plus défavorisées (un rang, 1 = le plus défavorisé)</translation>
    </message>
    <message>
        <source>High values are more deprived (a score or share)</source>
        <translation>Les valeurs hautes sont les plus défavorisées (un score ou une part)</translation>
    </message>
    <message>
        <source>Attainment table or layer</source>
        <translation>Table ou couche des résultats</translation>
    </message>
    <message>
        <source>Code field of the attainment table</source>
        <translation>Champ du code de la table des résultats</translation>
    </message>
    <message>
        <source>Classes per axis (2 to 5)</source>
        <translation>Classes par axe (2 à 5)</translation>
    </message>
    <message>
        <source>Deprivation breaks</source>
        <translation>Seuils de défavorisation</translation>
    </message>
    <message>
        <source>Quantiles of the joined areas</source>
        <translation>Quantiles des zones jointes</translation>
    </message>
    <message>
        <source>National classes from the rank (SIMD)</source>
        <translation>Classes nationales d&apos;après le rang (SIMD)</translation>
    </message>
    <message>
        <source>Number of areas ranked nationally (national breaks)</source>
        <translation>Nombre de zones classées à l&apos;échelle nationale (seuils nationaux)</translation>
    </message>
    <message>
        <source>Discard areas without attainment</source>
        <translation>Écarter les zones sans résultats</translation>
    </message>
    <message>
        <source>Count field of the areas, e.g. income-deprived people (optional)</source>
        <translation>Champ de décompte des zones, p. ex. personnes en précarité de revenu (facultatif)</translation>
    </message>
    <message>
        <source>Class field of the areas, e.g. urban-rural class (optional)</source>
        <translation>Champ de classe des zones, p. ex. classe urbain-rural (facultatif)</translation>
    </message>
    <message>
        <source>Deprivation and attainment classes</source>
        <translation>Classes de défavorisation et de résultats</translation>
    </message>
    <message>
        <source>Areas and counts by class and bivariate cell</source>
        <translation>Zones et décomptes par classe et case bivariée</translation>
    </message>
    <message>
        <source>Areas joined</source>
        <translation>Zones jointes</translation>
    </message>
    <message>
        <source>Areas without attainment</source>
        <translation>Zones sans résultats</translation>
    </message>
    <message>
        <source>Attainment rows without an area</source>
        <translation>Lignes de résultats sans zone</translation>
    </message>
    <message>
        <source>Codes of areas without attainment</source>
        <translation>Codes des zones sans résultats</translation>
    </message>
    <message>
        <source>Codes of attainment rows without an area</source>
        <translation>Codes des lignes de résultats sans zone</translation>
    </message>
    <message>
        <source>attainment</source>
        <translation>résultats</translation>
    </message>
    <message>
        <source>NULL attainment code</source>
        <translation>code de résultats NULL</translation>
    </message>
    <message>
        <source>Attainment %1: code field &apos;%2&apos; is NULL or empty; the row is left out.</source>
        <translation>Résultats %1 : le champ de code « %2 » est NULL ou vide ; la ligne est écartée.</translation>
    </message>
    <message>
        <source>Code &apos;%1&apos; appears twice in field &apos;%2&apos; of the attainment table (features %3 and %4); each code may have one row only.</source>
        <translation>Le code « %1 » figure deux fois dans le champ « %2 » de la table des résultats (entités %3 et %4) ; chaque code ne peut avoir qu&apos;une ligne.</translation>
    </message>
    <message>
        <source>%1: count field &apos;%2&apos; is NULL or not a number; the area counts no one in the class summary.</source>
        <translation>%1 : le champ de décompte « %2 » est NULL ou n&apos;est pas un nombre ; la zone ne compte personne dans le résumé par classe.</translation>
    </message>
    <message>
        <source>%1: count %2 in field &apos;%3&apos; is negative.</source>
        <translation>%1 : le décompte %2 du champ « %3 » est négatif.</translation>
    </message>
    <message>
        <source>NULL area code</source>
        <translation>code de zone NULL</translation>
    </message>
    <message>
        <source>%1: code field &apos;%2&apos; is NULL or empty; it cannot be joined and its classes are left NULL.</source>
        <translation>%1 : le champ de code « %2 » est NULL ou vide ; elle ne peut pas être jointe et ses classes restent NULL.</translation>
    </message>
    <message>
        <source>Code &apos;%1&apos; appears twice in field &apos;%2&apos; of the input layer (features %3 and %4); each code may have one area only.</source>
        <translation>Le code « %1 » figure deux fois dans le champ « %2 » de la couche en entrée (entités %3 et %4) ; chaque code ne peut avoir qu&apos;une zone.</translation>
    </message>
    <message>
        <source>NULL deprivation</source>
        <translation>défavorisation NULL</translation>
    </message>
    <message>
        <source>deprivation not a number</source>
        <translation>défavorisation qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 (code &apos;%2&apos;): deprivation field &apos;%3&apos; is %4; its classes are left NULL.</source>
        <translation>%1 (code « %2 ») : le champ de défavorisation « %3 » vaut %4 ; ses classes restent NULL.</translation>
    </message>
    <message>
        <source>Attainment %1 (code &apos;%2&apos;); the area&apos;s classes are left NULL.</source>
        <translation>Résultats %1 (code « %2 ») ; les classes de la zone restent NULL.</translation>
    </message>
    <message>
        <source>%1 (code &apos;%2&apos;): rank %3 in field &apos;%4&apos; is outside 1..%5. National breaks need ranks from 1 to the number of areas ranked nationally; set %6 to that number.</source>
        <translation>%1 (code « %2 ») : le rang %3 du champ « %4 » est hors de 1..%5. Les seuils nationaux demandent des rangs de 1 au nombre de zones classées à l&apos;échelle nationale ; réglez %6 sur ce nombre.</translation>
    </message>
    <message>
        <source>The input layer has no features with a code in field &apos;%1&apos; (it is empty, or every code is NULL): there is nothing to join.</source>
        <translation>La couche en entrée n&apos;a aucune entité avec un code dans le champ « %1 » (elle est vide, ou tous les codes sont NULL) : il n&apos;y a rien à joindre.</translation>
    </message>
    <message>
        <source>The attainment table has no rows with a code in field &apos;%1&apos; (it is empty, or every code is NULL): there is nothing to join.</source>
        <translation>La table des résultats n&apos;a aucune ligne avec un code dans le champ « %1 » (elle est vide, ou tous les codes sont NULL) : il n&apos;y a rien à joindre.</translation>
    </message>
    <message>
        <source>No code of field &apos;%1&apos; in the input layer matches a code of field &apos;%2&apos; in the attainment table, so nothing can be joined. Input codes look like: %3. Attainment codes look like: %4.</source>
        <translation>Aucun code du champ « %1 » de la couche en entrée ne correspond à un code du champ « %2 » de la table des résultats ; rien ne peut donc être joint. Les codes en entrée ressemblent à : %3. Les codes des résultats ressemblent à : %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of the input layer have no attainment row: %1.</source>
        <translation>
            <numerusform>%n zone de la couche en entrée n&apos;a pas de ligne de résultats : %1.</numerusform>
            <numerusform>%n zones de la couche en entrée n&apos;ont pas de ligne de résultats : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attainment row(s) match no area of the input layer: %1.</source>
        <translation>
            <numerusform>%n ligne de résultats ne correspond à aucune zone de la couche en entrée : %1.</numerusform>
            <numerusform>%n lignes de résultats ne correspondent à aucune zone de la couche en entrée : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n joined area(s) has numbers in both &apos;%1&apos; and &apos;%2&apos;; there is nothing to classify.</source>
        <translation>
            <numerusform>Aucune des %n zone jointe n&apos;a de nombres à la fois dans « %1 » et « %2 » ; il n&apos;y a rien à classer.</numerusform>
            <numerusform>Aucune des %n zones jointes n&apos;a de nombres à la fois dans « %1 » et « %2 » ; il n&apos;y a rien à classer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deprivation classes (1 = most deprived), %1 value of &apos;%2&apos; in each: %3.</source>
        <translation>Classes de défavorisation (1 = la plus défavorisée), valeur %1 de « %2 » dans chacune : %3.</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>la plus basse</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>la plus haute</translation>
    </message>
    <message>
        <source>Attainment classes (1 = lowest), highest value of %1 in each: %2.</source>
        <translation>Classes de résultats (1 = les plus faibles), valeur la plus haute de %1 dans chacune : %2.</translation>
    </message>
    <message>
        <source>Deprivation class(es) %1 of %2 hold no joined area (too few areas, equal values, or all areas in few national classes).</source>
        <translation>Les classes de défavorisation %1 sur %2 ne contiennent aucune zone jointe (trop peu de zones, valeurs égales, ou toutes les zones dans peu de classes nationales).</translation>
    </message>
    <message>
        <source>Attainment class(es) %1 of %2 hold no joined area (too few areas or equal values).</source>
        <translation>Les classes de résultats %1 sur %2 ne contiennent aucune zone jointe (trop peu de zones ou valeurs égales).</translation>
    </message>
    <message>
        <source>%1 of %2 suppressed or banded attainment values fall wholly in one class and are classed; %3 span classes and are left NULL (&apos;%4&apos; says which).</source>
        <translation>%1 des %2 valeurs de résultats masquées ou par tranches tombent entièrement dans une classe et sont classées ; %3 chevauchent plusieurs classes et restent NULL (« %4 » dit lesquelles).</translation>
    </message>
    <message>
        <source>Joined %1 of %2 areas; %3 classified on both axes.</source>
        <translation>%1 zones jointes sur %2 ; %3 classées sur les deux axes.</translation>
    </message>
    <message>
        <source>not classified (no attainment class)</source>
        <translation>non classée (pas de classe de résultats)</translation>
    </message>
    <message>
        <source>Class &apos;%1&apos;: %2 joined areas, %3 of them not classified (%4 of its %5 counted people).</source>
        <translation>Classe « %1 » : %2 zones jointes, dont %3 non classées (%4 de ses %5 personnes comptées).</translation>
    </message>
    <message>
        <source>Class &apos;%1&apos;: %2 joined areas, %3 of them not classified.</source>
        <translation>Classe « %1 » : %2 zones jointes, dont %3 non classées.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;, not a finite number</source>
        <translation>« %1 », pas un nombre fini</translation>
    </message>
    <message>
        <source>The rank field &apos;%1&apos; holds the feature ids, not deprivation ranks: the classes say nothing about deprivation. Choose the rank field (e.g. simd_rank).</source>
        <translation>Le champ de rang « %1 » contient les identifiants d&apos;entité, pas des rangs de défavorisation : les classes ne disent rien de la défavorisation. Choisissez le champ de rang (p. ex. simd_rank).</translation>
    </message>
    <message>
        <source>tied rank</source>
        <translation>rang ex æquo</translation>
    </message>
    <message>
        <source>Features %1 share rank %2 in field &apos;%3&apos;%4; tied areas get one class, that of their mean position.</source>
        <translation>Les entités %1 partagent le rang %2 du champ « %3 »%4 ; les zones ex æquo reçoivent une seule classe, celle de leur position moyenne.</translation>
    </message>
    <message>
        <source> in group &apos;%1&apos;</source>
        <translation> dans le groupe « %1 »</translation>
    </message>
    <message>
        <source>NULL rank</source>
        <translation>rang NULL</translation>
    </message>
    <message>
        <source>%1: rank field &apos;%2&apos; is %3; its classes are left NULL.</source>
        <translation>%1 : le champ de rang « %2 » vaut %3 ; ses classes restent NULL.</translation>
    </message>
    <message>
        <source>%1: rank %2 in field &apos;%3&apos; is outside 1..%4. National classes need ranks from 1 to the number of areas ranked nationally; set %5 to that number.</source>
        <translation>%1 : le rang %2 du champ « %3 » est hors de 1..%4. Les classes nationales demandent des rangs de 1 au nombre de zones classées à l&apos;échelle nationale ; réglez %5 sur ce nombre.</translation>
    </message>
    <message>
        <source>%1: group field &apos;%2&apos; is NULL; the area belongs to no group and its classes are left NULL.</source>
        <translation>%1 : le champ de groupe « %2 » est NULL ; la zone n&apos;appartient à aucun groupe et ses classes restent NULL.</translation>
    </message>
    <message>
        <source>NULL population</source>
        <translation>population NULL</translation>
    </message>
    <message>
        <source>%1: population field &apos;%2&apos; is %3; the area is left out of its group&apos;s population and its classes are left NULL.</source>
        <translation>%1 : le champ de population « %2 » vaut %3 ; la zone est écartée de la population de son groupe et ses classes restent NULL.</translation>
    </message>
    <message numerus="yes">
        <source>Group &apos;%1&apos; has no population: field &apos;%2&apos; is zero for all %n of its area(s), so no population-weighted class can be cut.</source>
        <translation>
            <numerusform>Le groupe « %1 » n&apos;a pas de population : le champ « %2 » vaut zéro pour sa %n zone ; aucune classe pondérée par la population ne peut être découpée.</numerusform>
            <numerusform>Le groupe « %1 » n&apos;a pas de population : le champ « %2 » vaut zéro pour ses %n zones ; aucune classe pondérée par la population ne peut être découpée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deprivation quantiles</source>
        <translation>Quantiles de défavorisation</translation>
    </message>
    <message>
        <source>simd,deprivation,quintile,decile,rank,population weighted,council,data zone</source>
        <translation>simd,défavorisation,deprivation,quintile,décile,rang,pondéré par la population,conseil,zone de données</translation>
    </message>
    <message>
        <source>Adds deprivation quintile and decile fields from a deprivation rank, nationally or within groups, by count of areas or population-weighted.</source>
        <translation>Ajoute des champs de quintile et de décile de défavorisation à partir d&apos;un rang de défavorisation, à l&apos;échelle nationale ou par groupe, par nombre de zones ou pondérés par la population.</translation>
    </message>
    <message>
        <source>Adds deprivation quintiles and deciles to small areas from their rank (1 = most deprived): the national SIMD classes, or classes within each group (e.g. council) by equal numbers of areas or population-weighted as Public Health Scotland does.</source>
        <translation>Ajoute aux petites zones des quintiles et déciles de défavorisation à partir de leur rang (1 = le plus défavorisé) : les classes nationales du SIMD, ou des classes par groupe (p. ex. conseil) à nombre égal de zones ou pondérées par la population comme le fait Public Health Scotland.</translation>
    </message>
    <message>
        <source>Small areas (polygons, points or table)</source>
        <translation>Petites zones (polygones, points ou table)</translation>
    </message>
    <message>
        <source>National, from the rank (equal numbers of areas, SIMD)</source>
        <translation>Nationales, d&apos;après le rang (nombres égaux de zones, SIMD)</translation>
    </message>
    <message>
        <source>Within each group, equal numbers of areas</source>
        <translation>Par groupe, nombres égaux de zones</translation>
    </message>
    <message>
        <source>Within each group, population-weighted (Public Health Scotland)</source>
        <translation>Par groupe, pondérés par la population (Public Health Scotland)</translation>
    </message>
    <message>
        <source>Number of areas ranked nationally (national method)</source>
        <translation>Nombre de zones classées à l&apos;échelle nationale (méthode nationale)</translation>
    </message>
    <message>
        <source>Group field, e.g. council (within-group methods)</source>
        <translation>Champ de groupe, p. ex. conseil (méthodes par groupe)</translation>
    </message>
    <message>
        <source>Population field (population-weighted method)</source>
        <translation>Champ de population (méthode pondérée par la population)</translation>
    </message>
    <message>
        <source>Prefix for the output field names</source>
        <translation>Préfixe des noms de champs en sortie</translation>
    </message>
    <message>
        <source>%1 (%2) is required with this method.</source>
        <translation>%1 (%2) est requis avec cette méthode.</translation>
    </message>
    <message>
        <source>The input layer has no field &apos;%1&apos; (%2).</source>
        <translation>La couche en entrée n&apos;a pas de champ « %1 » (%2).</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; (%2) holds %3 values; %4 must be numeric.</source>
        <translation>Le champ « %1 » (%2) contient des valeurs %3 ; %4 doit être numérique.</translation>
    </message>
    <message>
        <source>the deprivation rank</source>
        <translation>le rang de défavorisation</translation>
    </message>
    <message>
        <source>the population</source>
        <translation>la population</translation>
    </message>
    <message>
        <source>The input layer already has a field &apos;%1&apos;; set %2 so that the new fields get other names.</source>
        <translation>La couche en entrée a déjà un champ « %1 » ; réglez %2 pour que les nouveaux champs prennent d&apos;autres noms.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n feature(s) has a usable rank in field &apos;%1&apos;%2; there is nothing to classify.</source>
        <translation>
            <numerusform>Aucune des %n entité n&apos;a de rang utilisable dans le champ « %1 »%2 ; il n&apos;y a rien à classer.</numerusform>
            <numerusform>Aucune des %n entités n&apos;a de rang utilisable dans le champ « %1 »%2 ; il n&apos;y a rien à classer.</numerusform>
        </translation>
    </message>
    <message>
        <source> and group in field &apos;%1&apos;</source>
        <translation> ni de groupe dans le champ « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Classified %1 of %2 areas in %n scope(s).</source>
        <translation>
            <numerusform>%1 zones classées sur %2 dans %n périmètre.</numerusform>
            <numerusform>%1 zones classées sur %2 dans %n périmètres.</numerusform>
        </translation>
    </message>
    <message>
        <source>…or the lower end of its interval</source>
        <translation>…ou la borne basse de son intervalle</translation>
    </message>
    <message>
        <source>…and the upper end of its interval</source>
        <translation>…et la borne haute de son intervalle</translation>
    </message>
    <message>
        <source>Lowest value a suppressed cell can hold</source>
        <translation>Valeur la plus basse que peut contenir une case masquée</translation>
    </message>
    <message>
        <source>Highest value a suppressed cell can hold</source>
        <translation>Valeur la plus haute que peut contenir une case masquée</translation>
    </message>
    <message>
        <source>Name field for messages, e.g. school name (optional)</source>
        <translation>Champ de nom pour les messages, p. ex. nom de l&apos;école (facultatif)</translation>
    </message>
    <message>
        <source>Choose both ends of the attainment interval (&apos;…or the lower end of its interval&apos; and &apos;…and the upper end of its interval&apos;; ATTAINMENT_LOWER_FIELD and ATTAINMENT_UPPER_FIELD), or neither.</source>
        <translation>Choisissez les deux bornes de l&apos;intervalle des résultats (« …ou la borne basse de son intervalle » et « …et la borne haute de son intervalle » ; ATTAINMENT_LOWER_FIELD et ATTAINMENT_UPPER_FIELD), ou aucune.</translation>
    </message>
    <message>
        <source>Choose the attainment field (a value, or published text such as &apos;[c]&apos; or &apos;97-100%&apos;; ATTAINMENT_FIELD), or the lower and upper ends of its interval (ATTAINMENT_LOWER_FIELD and ATTAINMENT_UPPER_FIELD).</source>
        <translation>Choisissez le champ des résultats (une valeur, ou un texte publié tel que « [c] » ou « 97-100% » ; ATTAINMENT_FIELD), ou les bornes basse et haute de son intervalle (ATTAINMENT_LOWER_FIELD et ATTAINMENT_UPPER_FIELD).</translation>
    </message>
    <message>
        <source>Choose the attainment field (ATTAINMENT_FIELD) or the lower and upper ends of its interval (ATTAINMENT_LOWER_FIELD / ATTAINMENT_UPPER_FIELD), not both: they would say two things about the same value.</source>
        <translation>Choisissez le champ des résultats (ATTAINMENT_FIELD) ou les bornes basse et haute de son intervalle (ATTAINMENT_LOWER_FIELD / ATTAINMENT_UPPER_FIELD), pas les deux : ils diraient deux choses de la même valeur.</translation>
    </message>
    <message>
        <source>&apos;Lowest value a suppressed cell can hold&apos; (SUPPRESSED_MIN, %1) is above &apos;Highest value a suppressed cell can hold&apos; (SUPPRESSED_MAX, %2): a suppressed value would have nowhere to lie.</source>
        <translation>« Valeur la plus basse que peut contenir une case masquée » (SUPPRESSED_MIN, %1) dépasse « Valeur la plus haute que peut contenir une case masquée » (SUPPRESSED_MAX, %2) : une valeur masquée n&apos;aurait nulle part où se trouver.</translation>
    </message>
    <message>
        <source>%1: the lower end %2 of its attainment interval (&apos;%3&apos;) is above the upper end %4 (&apos;%5&apos;).</source>
        <translation>%1 : la borne basse %2 de son intervalle de résultats (« %3 ») dépasse la borne haute %4 (« %5 »).</translation>
    </message>
    <message>
        <source>%1: fields &apos;%2&apos; and &apos;%3&apos; are NULL; the feature is left out.</source>
        <translation>%1 : les champs « %2 » et « %3 » sont NULL ; l&apos;entité est écartée.</translation>
    </message>
    <message>
        <source>%1: fields &apos;%2&apos; and &apos;%3&apos; hold &apos;%4&apos; and &apos;%5&apos;, which is not an interval of numbers; the feature is left out.</source>
        <translation>%1 : les champs « %2 » et « %3 » contiennent « %4 » et « %5 », qui ne forment pas un intervalle de nombres ; l&apos;entité est écartée.</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; is NULL or empty; the feature is left out.</source>
        <translation>%1 : le champ « %2 » est NULL ou vide ; l&apos;entité est écartée.</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; holds &apos;%3&apos; (not applicable or not available); the feature is left out.</source>
        <translation>%1 : le champ « %2 » contient « %3 » (sans objet ou non disponible) ; l&apos;entité est écartée.</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos; holds &apos;%3&apos;, which is neither a number, a suppressed cell (&apos;[c]&apos;, &apos;*&apos;), a band (&apos;97-100%&apos;, &apos;&lt;5&apos;, &apos;&gt;95&apos;) nor &apos;not applicable&apos; (&apos;z&apos;, &apos;x&apos;, &apos;-&apos;); the feature is left out.</source>
        <translation>%1 : le champ « %2 » contient « %3 », qui n&apos;est ni un nombre, ni une case masquée (« [c] », « * »), ni une tranche (« 97-100% », « &lt;5 », « &gt;95 »), ni « sans objet » (« z », « x », « - ») ; l&apos;entité est écartée.</translation>
    </message>
    <message>
        <source>Deprivation and attainment</source>
        <translation>Défavorisation et résultats scolaires</translation>
    </message>
    <message>
        <source>Ferry terminal code &apos;%1&apos; (field &apos;%2&apos;) is given to more than one terminal; each stop code must name one place.</source>
        <translation>Le code de terminal de ferry « %1 » (champ « %2 ») est donné à plus d&apos;un terminal ; chaque code d&apos;arrêt doit désigner un seul lieu.</translation>
    </message>
    <message>
        <source>terminal %1</source>
        <translation>terminal %1</translation>
    </message>
    <message>
        <source>Degree of Urbanisation (cities, towns, rural areas)</source>
        <translation>Degré d&apos;urbanisation (villes, petites villes, zones rurales)</translation>
    </message>
    <message>
        <source>degree of urbanisation,degurba,eurostat,oecd,ghsl,smod,urban centre,urban cluster,city,town,rural,population grid,raster,rurality</source>
        <translation>degré d&apos;urbanisation,degurba,eurostat,ocde,oecd,ghsl,smod,centre urbain,agglomération urbaine,ville,petite ville,rural,grille de population,raster,ruralité</translation>
    </message>
    <message>
        <source>The Eurostat/OECD Degree of Urbanisation of a population grid (urban centres, urban clusters, rural cells and their level 2 classes) and of areas (cities, towns and semi-dense areas, rural areas).</source>
        <translation>Le degré d&apos;urbanisation Eurostat/OCDE d&apos;une grille de population (centres urbains, agglomérations urbaines, cellules rurales et leurs classes de niveau 2) et de zones (villes, petites villes et zones de densité intermédiaire, zones rurales).</translation>
    </message>
    <message>
        <source>Classifies a population grid into cities, towns and semi-dense areas, and rural cells, by the Eurostat/OECD Degree of Urbanisation (1 km cells), and each area by where its people live. Comparable across countries, unlike national classifications.</source>
        <translation>Classe une grille de population en villes, petites villes et zones de densité intermédiaire, et cellules rurales, selon le degré d&apos;urbanisation Eurostat/OCDE (cellules de 1 km), et chaque zone selon l&apos;endroit où vivent ses habitants. Comparable d&apos;un pays à l&apos;autre, contrairement aux classifications nationales.</translation>
    </message>
    <message>
        <source>Population grid (people per cell)</source>
        <translation>Grille de population (habitants par cellule)</translation>
    </message>
    <message>
        <source>Population band</source>
        <translation>Bande de population</translation>
    </message>
    <message>
        <source>Areas to classify (polygons)</source>
        <translation>Zones à classer (polygones)</translation>
    </message>
    <message>
        <source>Degree of Urbanisation grid</source>
        <translation>Grille du degré d&apos;urbanisation</translation>
    </message>
    <message>
        <source>Degree of Urbanisation of areas</source>
        <translation>Degré d&apos;urbanisation des zones</translation>
    </message>
    <message>
        <source>Population grid: %1 x %2 cells of %3 m (%4 km²) in %5.</source>
        <translation>Grille de population : %1 x %2 cellules de %3 m (%4 km²) en %5.</translation>
    </message>
    <message>
        <source>The population grid cannot be classified: %1.</source>
        <translation>La grille de population ne peut pas être classée : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n urban centre(s), %1 urban cluster(s) (%2 dense, %3 semi-dense), %4 rural cluster(s); %5 cell(s) added to centres by gap filling.</source>
        <translation>
            <numerusform>%n centre urbain, %1 agglomération(s) urbaine(s) (%2 denses, %3 de densité intermédiaire), %4 agglomération(s) rurale(s) ; %5 cellule(s) ajoutée(s) aux centres en comblant les vides.</numerusform>
            <numerusform>%n centres urbains, %1 agglomération(s) urbaine(s) (%2 denses, %3 de densité intermédiaire), %4 agglomération(s) rurale(s) ; %5 cellule(s) ajoutée(s) aux centres en comblant les vides.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 cell(s), %4 people.</source>
        <translation>%1 (%2) : %3 cellule(s), %4 habitants.</translation>
    </message>
    <message>
        <source>GDAL has no GeoTIFF driver.</source>
        <translation>GDAL n&apos;a pas de pilote GeoTIFF.</translation>
    </message>
    <message>
        <source>invalid geometry</source>
        <translation>géométrie invalide</translation>
    </message>
    <message>
        <source>reprojection failed</source>
        <translation>échec de la reprojection</translation>
    </message>
    <message>
        <source>beyond the raster</source>
        <translation>au-delà du raster</translation>
    </message>
    <message>
        <source>no population</source>
        <translation>pas de population</translation>
    </message>
    <message>
        <source>Areas: %1 cities, %2 towns and semi-dense areas, %3 rural areas, %4 not classified.</source>
        <translation>Zones : %1 villes, %2 petites villes et zones de densité intermédiaire, %3 zones rurales, %4 non classées.</translation>
    </message>
    <message>
        <source>Island flag</source>
        <translation>Indicateur d&apos;île</translation>
    </message>
    <message>
        <source>island,ferry,mainland,fixed link,bridge,causeway,rurality,remote,network,travel time</source>
        <translation>île,ferry,continent,liaison fixe,pont,chaussée,ruralité,isolé,réseau,temps de trajet,island</translation>
    </message>
    <message>
        <source>Flags features on islands without a fixed road link to the mainland, with their travel time to the mainland over roads and ferries.</source>
        <translation>Signale les entités situées sur des îles sans liaison routière fixe avec le continent, avec leur temps de trajet jusqu&apos;au continent par la route et le ferry.</translation>
    </message>
    <message>
        <source>Flags features on islands: those the road network cannot reach from the mainland without a ferry. Islands joined by bridges or causeways count as mainland, as a driver finds them.</source>
        <translation>Signale les entités situées sur des îles : celles que le réseau routier ne peut atteindre depuis le continent sans ferry. Les îles reliées par des ponts ou des chaussées comptent comme le continent, comme les trouve un conducteur.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>A point on the mainland (default: the part with the most road)</source>
        <translation>Un point sur le continent (par défaut : la partie avec le plus de routes)</translation>
    </message>
    <message>
        <source>Island flags</source>
        <translation>Indicateurs d&apos;île</translation>
    </message>
    <message>
        <source>The time to the mainland</source>
        <translation>Le temps jusqu&apos;au continent</translation>
    </message>
    <message>
        <source>island without a way to the mainland</source>
        <translation>île sans chemin vers le continent</translation>
    </message>
    <message>
        <source>The network has no roads.</source>
        <translation>Le réseau n&apos;a pas de routes.</translation>
    </message>
    <message numerus="yes">
        <source>The network has %n part(s) joined by roads alone; the mainland is part %1 (%2 km of road).</source>
        <translation>
            <numerusform>Le réseau a %n partie reliée par la route seule ; le continent est la partie %1 (%2 km de routes).</numerusform>
            <numerusform>Le réseau a %n parties reliées par la route seule ; le continent est la partie %1 (%2 km de routes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 features are on islands without a fixed link to the mainland.</source>
        <translation>%1 entités sur %2 sont sur des îles sans liaison fixe avec le continent.</translation>
    </message>
    <message>
        <source>Population grid from areas</source>
        <translation>Grille de population à partir de zones</translation>
    </message>
    <message>
        <source>population,grid,raster,areal weighting,dasymetric,data zones,degree of urbanisation,rurality</source>
        <translation>population,grille,raster,pondération surfacique,dasymétrique,zones de données,degré d&apos;urbanisation,ruralité</translation>
    </message>
    <message>
        <source>Spreads the population of areas (data zones, output areas) over a grid of square cells, by area, for methods defined on a population grid.</source>
        <translation>Répartit la population de zones (zones de données, output areas) sur une grille de cellules carrées, selon la surface, pour les méthodes définies sur une grille de population.</translation>
    </message>
    <message>
        <source>Spreads the population of areas (e.g. data zones) over a grid of square cells in proportion to area, writing a GeoTIFF of people per cell: the input of the Degree of Urbanisation.</source>
        <translation>Répartit la population de zones (p. ex. zones de données) sur une grille de cellules carrées au prorata de la surface, en écrivant un GeoTIFF des habitants par cellule : l&apos;entrée du degré d&apos;urbanisation.</translation>
    </message>
    <message>
        <source>Areas with a population (polygons)</source>
        <translation>Zones peuplées (polygones)</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>Taille de cellule</translation>
    </message>
    <message>
        <source>Population grid</source>
        <translation>Grille de population</translation>
    </message>
    <message>
        <source>People in the grid</source>
        <translation>Habitants dans la grille</translation>
    </message>
    <message>
        <source>area without population</source>
        <translation>zone sans population</translation>
    </message>
    <message>
        <source>%1: population field &apos;%2&apos; is %3; it adds no one.</source>
        <translation>%1 : le champ de population « %2 » vaut %3 ; elle n&apos;ajoute personne.</translation>
    </message>
    <message>
        <source>area without geometry</source>
        <translation>zone sans géométrie</translation>
    </message>
    <message>
        <source>%1 has no geometry; its %2 people are left out.</source>
        <translation>%1 n&apos;a pas de géométrie ; ses %2 habitants sont écartés.</translation>
    </message>
    <message>
        <source>invalid geometry repaired</source>
        <translation>géométrie invalide réparée</translation>
    </message>
    <message>
        <source>%1 has an invalid geometry; it was repaired before spreading its people.</source>
        <translation>%1 a une géométrie invalide ; elle a été réparée avant de répartir ses habitants.</translation>
    </message>
    <message>
        <source>area without surface</source>
        <translation>zone sans surface</translation>
    </message>
    <message>
        <source>%1 has no area; its %2 people are left out.</source>
        <translation>%1 n&apos;a pas de surface ; ses %2 habitants sont écartés.</translation>
    </message>
    <message>
        <source>Could not write the raster %1: %2</source>
        <translation>Impossible d&apos;écrire le raster %1 : %2</translation>
    </message>
    <message>
        <source>the GeoTIFF driver gave no reason</source>
        <translation>le pilote GeoTIFF n&apos;a pas donné de raison</translation>
    </message>
    <message>
        <source>%1 areas onto %2 x %3 cells of %4 x %4.</source>
        <translation>%1 zones sur %2 x %3 cellules de %4 x %4.</translation>
    </message>
    <message>
        <source>%1 people in the grid.</source>
        <translation>%1 habitants dans la grille.</translation>
    </message>
    <message>
        <source>Urban rural classification (Scottish Government)</source>
        <translation>Classification urbain-rural (gouvernement écossais)</translation>
    </message>
    <message>
        <source>urban,rural,sgurc,scottish government,classification,settlement,remote,accessible,small town,drive time,ferry,island,rurality</source>
        <translation>urbain,rural,sgurc,gouvernement écossais,classification,localité,isolé,accessible,petite ville,temps de conduite,ferry,île,ruralité</translation>
    </message>
    <message>
        <source>The Scottish Government Urban Rural Classification (8, 6, 3 and 2-fold) of features, from the settlement each falls in and its drive time to the nearest settlement of 10,000 or more.</source>
        <translation>La classification urbain-rural du gouvernement écossais (en 8, 6, 3 et 2 classes) des entités, d&apos;après la localité où chacune se trouve et son temps de conduite jusqu&apos;à la plus proche localité de 10 000 habitants ou plus.</translation>
    </message>
    <message>
        <source>Classifies places by the Scottish Government Urban Rural Classification: the population of their settlement (large urban, other urban, small town, rural) and the drive time to a settlement of 10,000 people or more (accessible, remote, very remote), giving the 2-, 3-, 6- and 8-fold classes. Population points make polygons take their population-weighted majority class.</source>
        <translation>Classe les lieux selon la classification urbain-rural du gouvernement écossais : la population de leur localité (grande zone urbaine, autre zone urbaine, petite ville, rural) et le temps de conduite jusqu&apos;à une localité de 10 000 habitants ou plus (accessible, isolé, très isolé), ce qui donne les classes en 2, 3, 6 et 8. Des points de population font prendre aux polygones leur classe majoritaire pondérée par la population.</translation>
    </message>
    <message>
        <source>Features to classify</source>
        <translation>Entités à classer</translation>
    </message>
    <message>
        <source>Settlements (polygons, or points the features name by a settlement field)</source>
        <translation>Localités (polygones, ou points que les entités nomment par un champ de localité)</translation>
    </message>
    <message>
        <source>Settlements: population field</source>
        <translation>Localités : champ de population</translation>
    </message>
    <message>
        <source>Large urban area: settlement population at least</source>
        <translation>Grande zone urbaine : population de la localité d&apos;au moins</translation>
    </message>
    <message>
        <source>Other urban area: settlement population at least</source>
        <translation>Autre zone urbaine : population de la localité d&apos;au moins</translation>
    </message>
    <message>
        <source>Small town: settlement population at least</source>
        <translation>Petite ville : population de la localité d&apos;au moins</translation>
    </message>
    <message>
        <source>Accessible: drive minutes up to</source>
        <translation>Accessible : minutes de conduite jusqu&apos;à</translation>
    </message>
    <message>
        <source>Very remote: drive minutes over</source>
        <translation>Très isolé : minutes de conduite au-delà de</translation>
    </message>
    <message>
        <source>Features: field naming their settlement (by the settlements&apos; id), e.g. from a postcode look-up</source>
        <translation>Entités : champ nommant leur localité (par l&apos;identifiant des localités), p. ex. d&apos;une table des codes postaux</translation>
    </message>
    <message>
        <source>Population points for a population-weighted majority (e.g. postcodes, grid cells)</source>
        <translation>Points de population pour une majorité pondérée par la population (p. ex. codes postaux, cellules de grille)</translation>
    </message>
    <message>
        <source>Population points: population field</source>
        <translation>Points de population : champ de population</translation>
    </message>
    <message>
        <source>Urban rural classification</source>
        <translation>Classification urbain-rural</translation>
    </message>
    <message>
        <source>The drive time to the nearest settlement</source>
        <translation>Le temps de conduite jusqu&apos;à la localité la plus proche</translation>
    </message>
    <message>
        <source>settlement without population</source>
        <translation>localité sans population</translation>
    </message>
    <message>
        <source>%1: population field &apos;%2&apos; is %3, not a population; features inside it are not classified.</source>
        <translation>%1 : le champ de population « %2 » vaut %3, pas une population ; les entités qui s&apos;y trouvent ne sont pas classées.</translation>
    </message>
    <message>
        <source>settlement without geometry</source>
        <translation>localité sans géométrie</translation>
    </message>
    <message>
        <source>%1 has no geometry; no feature can fall in it and it is not a drive time destination.</source>
        <translation>%1 n&apos;a pas de géométrie ; aucune entité ne peut s&apos;y trouver et ce n&apos;est pas une destination de temps de conduite.</translation>
    </message>
    <message numerus="yes">
        <source>%n settlement(s) read.</source>
        <translation>
            <numerusform>%n localité lue.</numerusform>
            <numerusform>%n localités lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate settlement id</source>
        <translation>identifiant de localité en double</translation>
    </message>
    <message>
        <source>overlapping settlements</source>
        <translation>localités qui se chevauchent</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>Localités</translation>
    </message>
    <message numerus="yes">
        <source>%n settlement(s) of %1 or more people are the drive time destinations.</source>
        <translation>
            <numerusform>%n localité de %1 habitants ou plus est la destination des temps de conduite.</numerusform>
            <numerusform>%n localités de %1 habitants ou plus sont les destinations des temps de conduite.</numerusform>
        </translation>
    </message>
    <message>
        <source>No settlement has %1 or more people: drive times, and the codes of small towns and rural places that depend on them, are NULL.</source>
        <translation>Aucune localité n&apos;a %1 habitants ou plus : les temps de conduite, et les codes des petites villes et des lieux ruraux qui en dépendent, sont NULL.</translation>
    </message>
    <message>
        <source>unknown settlement</source>
        <translation>localité inconnue</translation>
    </message>
    <message>
        <source>feature in a settlement without population</source>
        <translation>entité dans une localité sans population</translation>
    </message>
    <message>
        <source>%1 falls in settlement %2, whose population is unknown; its codes are NULL.</source>
        <translation>%1 se trouve dans la localité %2, dont la population est inconnue ; ses codes sont NULL.</translation>
    </message>
    <message>
        <source>feature in overlapping settlements</source>
        <translation>entité dans des localités qui se chevauchent</translation>
    </message>
    <message numerus="yes">
        <source>%1 falls in %n overlapping settlement(s) (%2); it takes %3, the most populous.</source>
        <translation>
            <numerusform>%1 se trouve dans %n localité chevauchante (%2) ; elle prend %3, la plus peuplée.</numerusform>
            <numerusform>%1 se trouve dans %n localités qui se chevauchent (%2) ; elle prend %3, la plus peuplée.</numerusform>
        </translation>
    </message>
    <message>
        <source>no settlement reached</source>
        <translation>aucune localité atteinte</translation>
    </message>
    <message>
        <source>%1 reaches no settlement of %2 or more people over the network; its drive time and the codes that depend on it are NULL.</source>
        <translation>%1 n&apos;atteint par le réseau aucune localité de %2 habitants ou plus ; son temps de conduite et les codes qui en dépendent sont NULL.</translation>
    </message>
    <message>
        <source>population point without population</source>
        <translation>point de population sans population</translation>
    </message>
    <message>
        <source>Population points</source>
        <translation>Points de population</translation>
    </message>
    <message numerus="yes">
        <source>%n population point(s) classified.</source>
        <translation>
            <numerusform>%n point de population classé.</numerusform>
            <numerusform>%n points de population classés.</numerusform>
        </translation>
    </message>
    <message>
        <source>no classified population inside</source>
        <translation>aucune population classée à l&apos;intérieur</translation>
    </message>
    <message>
        <source>%1 holds no classified population point; it is classified by its own point instead.</source>
        <translation>%1 ne contient aucun point de population classé ; elle est classée d&apos;après son propre point.</translation>
    </message>
    <message>
        <source>8-fold classes: %1; %2 without an 8-fold class; %3 outside every settlement.</source>
        <translation>Classes en 8 : %1 ; %2 sans classe en 8 ; %3 hors de toute localité.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) change 8-fold class with how ferries are timed (at %1, crossing only, or with average waits).</source>
        <translation>
            <numerusform>%n entité change de classe en 8 selon la façon de compter les ferries (à %1, traversée seule, ou avec l&apos;attente moyenne).</numerusform>
            <numerusform>%n entités changent de classe en 8 selon la façon de compter les ferries (à %1, traversée seule, ou avec l&apos;attente moyenne).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rurality</source>
        <translation>Ruralité</translation>
    </message>
    <message>
        <source>The source folder &apos;%1&apos; does not exist.</source>
        <translation>Le dossier source « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Source files missing under &apos;%1&apos;: %2. sample-projects/DATA.md says where each is published.</source>
        <translation>Fichiers sources manquants dans « %1 » : %2. sample-projects/DATA.md indique où chacun est publié.</translation>
    </message>
    <message numerus="yes">
        <source>%n source file(s) match their SHA-256 in %1.</source>
        <translation>
            <numerusform>%n fichier source correspond à son SHA-256 dans %1.</numerusform>
            <numerusform>%n fichiers sources correspondent à leur SHA-256 dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source file &apos;%1&apos; cannot be read%2: %3</source>
        <translation>Le fichier source « %1 » ne peut pas être lu%2 : %3</translation>
    </message>
    <message>
        <source> (sheet or layer &apos;%1&apos;)</source>
        <translation> (feuille ou couche « %1 »)</translation>
    </message>
    <message>
        <source>GDAL cannot open it as a table (empty, truncated or not in its format)</source>
        <translation>GDAL ne peut pas l&apos;ouvrir comme table (vide, tronqué ou pas dans son format)</translation>
    </message>
    <message>
        <source>Source file &apos;%1&apos; lacks the column(s) %2; is it the %3 file?</source>
        <translation>Le fichier source « %1 » n&apos;a pas la ou les colonnes %2 ; est-ce bien le fichier %3 ?</translation>
    </message>
    <message>
        <source>Source file &apos;%1&apos; has %2 rows; the %3 has %4.</source>
        <translation>Le fichier source « %1 » a %2 lignes ; le %3 en a %4.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 (%n row(s)).</source>
        <translation>
            <numerusform>%1 lu (%n ligne).</numerusform>
            <numerusform>%1 lu (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write layer &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation>Impossible d&apos;écrire la couche « %1 » dans « %2 » : %3</translation>
    </message>
    <message>
        <source>Cannot write the features of layer &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation>Impossible d&apos;écrire les entités de la couche « %1 » dans « %2 » : %3</translation>
    </message>
    <message>
        <source>island_names.csv, row %1: island_name, easting and northing must be a name and two numbers (found &apos;%2&apos;, &apos;%3&apos;, &apos;%4&apos;).</source>
        <translation>island_names.csv, ligne %1 : island_name, easting et northing doivent être un nom et deux nombres (trouvé « %2 », « %3 », « %4 »).</translation>
    </message>
    <message>
        <source>island_names.csv: &apos;%1&apos; (%2, %3) lies on no island with people; the name is not used.</source>
        <translation>island_names.csv : « %1 » (%2, %3) ne se trouve sur aucune île habitée ; le nom n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>%1 %2 has no geometry.</source>
        <translation>%1 %2 n&apos;a pas de géométrie.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be reprojected to EPSG:27700.</source>
        <translation>%1 %2 ne peut pas être reprojeté(e) en EPSG:27700.</translation>
    </message>
    <message>
        <source>%1 %2 has an invalid geometry that could not be repaired.</source>
        <translation>%1 %2 a une géométrie invalide qui n&apos;a pas pu être réparée.</translation>
    </message>
    <message>
        <source>%1 %2: invalid geometry repaired.</source>
        <translation>%1 %2 : géométrie invalide réparée.</translation>
    </message>
    <message>
        <source>Build Northern Alliance sample data</source>
        <translation>Construire les données d&apos;exemple de la Northern Alliance</translation>
    </message>
    <message>
        <source>sample,teaching,simd,schools,acel,data zones,northern alliance,geopackage</source>
        <translation>exemple,enseignement,simd,écoles,acel,zones de données,northern alliance,geopackage</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Données d&apos;exemple</translation>
    </message>
    <message>
        <source>Builds one GeoPackage of Northern Alliance data zones, schools and services from the publishers&apos; open data files.</source>
        <translation>Construit un GeoPackage des zones de données, écoles et services de la Northern Alliance à partir des fichiers de données ouvertes des éditeurs.</translation>
    </message>
    <message>
        <source>Builds the Northern Alliance teaching GeoPackage from the publishers&apos; open files shipped with PlaceGap: data zones with SIMD, urban-rural classes and drive times, schools with attainment as published, hospitals, ferry terminals and sailings, land, islands and councils, each layer with its sources and licences. Every file is checked against its published checksum before any is read.</source>
        <translation>Construit le GeoPackage d&apos;enseignement de la Northern Alliance à partir des fichiers ouverts des éditeurs livrés avec PlaceGap : zones de données avec le SIMD, les classes urbain-rural et les temps de conduite, écoles avec leurs résultats tels que publiés, hôpitaux, terminaux et traversées de ferry, terres, îles et conseils, chaque couche avec ses sources et licences. Chaque fichier est vérifié par rapport à sa somme de contrôle publiée avant toute lecture.</translation>
    </message>
    <message>
        <source>Folder holding the published source files</source>
        <translation>Dossier des fichiers sources publiés</translation>
    </message>
    <message>
        <source>Sample GeoPackage</source>
        <translation>GeoPackage d&apos;exemple</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <source>Data zones written</source>
        <translation>Zones de données écrites</translation>
    </message>
    <message>
        <source>Schools written</source>
        <translation>Écoles écrites</translation>
    </message>
    <message>
        <source>No output GeoPackage given (%1).</source>
        <translation>Aucun GeoPackage en sortie n&apos;est donné (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Checking that the data zone tables join…</source>
        <translation>Vérification de la jointure des tables de zones de données…</translation>
    </message>
    <message>
        <source>Data zone %1 appears twice in &apos;%2&apos;.</source>
        <translation>La zone de données %1 figure deux fois dans « %2 ».</translation>
    </message>
    <message>
        <source>The data zone codes of &apos;%1&apos; do not join the look-up &apos;%2&apos;: %3 code(s) unknown to the look-up (%4), %5 of its zones missing.</source>
        <translation>Les codes de zones de données de « %1 » ne se joignent pas à la table de correspondance « %2 » : %3 code(s) inconnu(s) de la table (%4), %5 de ses zones manquantes.</translation>
    </message>
    <message>
        <source>Data zone %1: SIMD2020v2_Rank &apos;%2&apos; in &apos;%3&apos; is not a rank from 1 to %4.</source>
        <translation>Zone de données %1 : SIMD2020v2_Rank « %2 » dans « %3 » n&apos;est pas un rang de 1 à %4.</translation>
    </message>
    <message>
        <source>Data zone %1: Total_population &apos;%2&apos; in &apos;%3&apos; is not a population.</source>
        <translation>Zone de données %1 : Total_population « %2 » dans « %3 » n&apos;est pas une population.</translation>
    </message>
    <message>
        <source>Classing the Northern Alliance data zones…</source>
        <translation>Classement des zones de données de la Northern Alliance…</translation>
    </message>
    <message>
        <source>No data zone of council %1 in &apos;%2&apos;.</source>
        <translation>Aucune zone de données du conseil %1 dans « %2 ».</translation>
    </message>
    <message>
        <source>Council %1 has no population in &apos;%2&apos;.</source>
        <translation>Le conseil %1 n&apos;a pas de population dans « %2 ».</translation>
    </message>
    <message>
        <source>Reprojecting and repairing data zone boundaries…</source>
        <translation>Reprojection et réparation des limites des zones de données…</translation>
    </message>
    <message>
        <source>Data zone</source>
        <translation>Zone de données</translation>
    </message>
    <message>
        <source>Data zone %1 has no boundary in &apos;%2&apos;.</source>
        <translation>La zone de données %1 n&apos;a pas de limite dans « %2 ».</translation>
    </message>
    <message>
        <source>Placing data zones on the mainland or islands…</source>
        <translation>Placement des zones de données sur le continent ou les îles…</translation>
    </message>
    <message>
        <source>Land polygon</source>
        <translation>Polygone terrestre</translation>
    </message>
    <message>
        <source>%1 of %2 data zones lie mostly on islands.</source>
        <translation>%1 zones de données sur %2 se trouvent surtout sur des îles.</translation>
    </message>
    <message>
        <source>Classifying data zones by the Degree of Urbanisation…</source>
        <translation>Classement des zones de données selon le degré d&apos;urbanisation…</translation>
    </message>
    <message>
        <source>%1 failed on the data zones: %2</source>
        <translation>%1 a échoué sur les zones de données : %2</translation>
    </message>
    <message>
        <source>Writing the sources table…</source>
        <translation>Écriture de la table des sources…</translation>
    </message>
    <message>
        <source>Sources of the PlaceGap Northern Alliance sample data, with licences and attribution.</source>
        <translation>Sources des données d&apos;exemple PlaceGap de la Northern Alliance, avec licences et attribution.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n data zone(s)…</source>
        <translation>
            <numerusform>Écriture de %n zone de données…</numerusform>
            <numerusform>Écriture de %n zones de données…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing intermediate zones…</source>
        <translation>Écriture des zones intermédiaires…</translation>
    </message>
    <message>
        <source>Intermediate zone</source>
        <translation>Zone intermédiaire</translation>
    </message>
    <message>
        <source>Intermediate zone %1 has no boundary in &apos;%2&apos;.</source>
        <translation>La zone intermédiaire %1 n&apos;a pas de limite dans « %2 ».</translation>
    </message>
    <message>
        <source>Writing council areas…</source>
        <translation>Écriture des territoires des conseils…</translation>
    </message>
    <message>
        <source>Council area</source>
        <translation>Territoire de conseil</translation>
    </message>
    <message>
        <source>Council area(s) %1 missing from &apos;%2&apos;.</source>
        <translation>Territoire(s) de conseil %1 absent(s) de « %2 ».</translation>
    </message>
    <message>
        <source>Joining schools, pupil statistics and ACEL attainment…</source>
        <translation>Jointure des écoles, des statistiques d&apos;élèves et des résultats ACEL…</translation>
    </message>
    <message>
        <source>School %1 (%2), %3 %4: &apos;%5&apos; in &apos;%6&apos; is neither a number, &apos;[c]&apos;, a band nor &apos;-&apos;; it is kept as unreadable.</source>
        <translation>École %1 (%2), %3 %4 : « %5 » dans « %6 » n&apos;est ni un nombre, ni « [c] », ni une tranche, ni « - » ; elle est gardée comme illisible.</translation>
    </message>
    <message>
        <source>School %1 (%2) has no grid reference (GridRefEasting/GridRefNorthing) in &apos;%3&apos;.</source>
        <translation>L&apos;école %1 (%2) n&apos;a pas de coordonnées de quadrillage (GridRefEasting/GridRefNorthing) dans « %3 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) name a data zone that is not a 2011 data zone of the Northern Alliance; their SIMD fields are NULL: %1</source>
        <translation>
            <numerusform>%n école nomme une zone de données qui n&apos;est pas une zone de données 2011 de la Northern Alliance ; ses champs SIMD sont NULL : %1</numerusform>
            <numerusform>%n écoles nomment une zone de données qui n&apos;est pas une zone de données 2011 de la Northern Alliance ; leurs champs SIMD sont NULL : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing hospitals…</source>
        <translation>Écriture des hôpitaux…</translation>
    </message>
    <message>
        <source>Hospital %1 has no location; skipped.</source>
        <translation>L&apos;hôpital %1 n&apos;a pas d&apos;emplacement ; il est ignoré.</translation>
    </message>
    <message>
        <source>Writing land…</source>
        <translation>Écriture des terres…</translation>
    </message>
    <message>
        <source>Writing ferry terminals and sailings…</source>
        <translation>Écriture des terminaux et traversées de ferry…</translation>
    </message>
    <message>
        <source>Writing islands…</source>
        <translation>Écriture des îles…</translation>
    </message>
    <message>
        <source>Running the primary attainment model on the schools…</source>
        <translation>Exécution du modèle des résultats du primaire sur les écoles…</translation>
    </message>
    <message>
        <source>The model %1 is not installed or cannot be read; reinstall PlaceGap.</source>
        <translation>Le modèle %1 n&apos;est pas installé ou ne peut pas être lu ; réinstallez PlaceGap.</translation>
    </message>
    <message>
        <source>The algorithm %1, which the model %2 uses, is not available.</source>
        <translation>L&apos;algorithme %1, qu&apos;utilise le modèle %2, n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The model %1 failed on the schools layer.</source>
        <translation>Le modèle %1 a échoué sur la couche des écoles.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 data zones, %2 schools and %3 inhabited islands of the 8 councils to %4; %n geometry(ies) repaired.</source>
        <translation>
            <numerusform>%1 zones de données, %2 écoles et %3 îles habitées des 8 conseils écrites dans %4 ; %n géométrie réparée.</numerusform>
            <numerusform>%1 zones de données, %2 écoles et %3 îles habitées des 8 conseils écrites dans %4 ; %n géométries réparées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checksum manifest &apos;%1&apos; cannot be read: %2</source>
        <translation>Le manifeste des sommes de contrôle « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The checksum manifest &apos;%1&apos; line %2 is not &apos;&lt;SHA-256&gt;  &lt;file&gt;&apos;: %3</source>
        <translation>La ligne %2 du manifeste des sommes de contrôle « %1 » n&apos;est pas « &lt;SHA-256&gt;  &lt;fichier&gt; » : %3</translation>
    </message>
    <message>
        <source>Source file &apos;%1&apos; is not listed in the checksum manifest &apos;%2&apos;; list it there with its SHA-256 (sha256sum).</source>
        <translation>Le fichier source « %1 » ne figure pas dans le manifeste des sommes de contrôle « %2 » ; ajoutez-le avec son SHA-256 (sha256sum).</translation>
    </message>
    <message>
        <source>Source file &apos;%1&apos; cannot be read to check its SHA-256.</source>
        <translation>Le fichier source « %1 » ne peut pas être lu pour vérifier son SHA-256.</translation>
    </message>
    <message>
        <source>Source file &apos;%1&apos; does not match its SHA-256 in &apos;%2&apos; (%3 bytes; SHA-256 %4, expected %5): it is truncated, altered or a different release. Restore the published file.</source>
        <translation>Le fichier source « %1 » ne correspond pas à son SHA-256 dans « %2 » (%3 octets ; SHA-256 %4, attendu %5) : il est tronqué, modifié ou d&apos;une autre édition. Rétablissez le fichier publié.</translation>
    </message>
    <message>
        <source>&amp;PlaceGap</source>
        <translation>&amp;PlaceGap</translation>
    </message>
    <message>
        <source>Full documentation: %1</source>
        <translation>Documentation complète : %1</translation>
    </message>
    <message>
        <source>Steps for the step decay (STEPS): &apos;%1&apos; is not a &apos;minutes:weight&apos; pair with minutes above the previous step&apos;s and a weight of 0 or more.</source>
        <translation>Paliers de la décroissance (STEPS) : « %1 » n&apos;est pas une paire « minutes:poids » aux minutes supérieures à celles du palier précédent et au poids supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>The catchment (CATCHMENT_MINUTES) must be more than 0 minutes.</source>
        <translation>Le bassin (CATCHMENT_MINUTES) doit dépasser 0 minute.</translation>
    </message>
    <message>
        <source>Steps for the step decay (STEPS): the last step (%1 minutes) must end at the catchment (CATCHMENT_MINUTES, %2 minutes).</source>
        <translation>Paliers de la décroissance (STEPS) : le dernier palier (%1 minutes) doit finir au bassin (CATCHMENT_MINUTES, %2 minutes).</translation>
    </message>
    <message>
        <source>The services (SERVICES) have no capacity field &apos;%1&apos; (CAPACITY_FIELD).</source>
        <translation>Les services (SERVICES) n&apos;ont pas de champ de capacité « %1 » (CAPACITY_FIELD).</translation>
    </message>
    <message>
        <source>A ferry timetable is about time: it needs the path type to calculate (STRATEGY) to be &apos;Fastest (time)&apos;.</source>
        <translation>Des horaires de ferry sont affaire de temps : il faut que le type de trajet à calculer (STRATEGY) soit « Le plus rapide (temps) ».</translation>
    </message>
    <message>
        <source>%1: road class &apos;%2&apos; is not in the speed table; the default speed (DEFAULT_SPEED, %3 km/h) is used.</source>
        <translation>%1 : la classe de route « %2 » n&apos;est pas dans la table des vitesses ; la vitesse par défaut (DEFAULT_SPEED, %3 km/h) est utilisée.</translation>
    </message>
    <message>
        <source>Network graph read from the cache in %1 s (built earlier from the same file and parameters; untick keeping the built graph (GRAPH_CACHE) to rebuild).</source>
        <translation>Graphe du réseau lu depuis le cache en %1 s (construit auparavant à partir du même fichier et des mêmes paramètres ; décochez la conservation du graphe construit (GRAPH_CACHE) pour le reconstruire).</translation>
    </message>
    <message>
        <source>%1: speed field &apos;%2&apos; is NULL; the road class or the default speed (DEFAULT_SPEED) is used.</source>
        <translation>%1 : le champ de vitesse « %2 » est NULL ; la classe de route ou la vitesse par défaut (DEFAULT_SPEED) est utilisée.</translation>
    </message>
    <message>
        <source>%1: road class &apos;%2&apos; (field &apos;%3&apos;) is not in the speed table; the default speed (DEFAULT_SPEED, %4 km/h) is used.</source>
        <translation>%1 : la classe de route « %2 » (champ « %3 ») n&apos;est pas dans la table des vitesses ; la vitesse par défaut (DEFAULT_SPEED, %4 km/h) est utilisée.</translation>
    </message>
    <message>
        <source>The topology tolerance (TOLERANCE, %1 m) moved %2 of %3 line ends and vertices (%4 %) onto nodes at other places, leaving %5 nodes: the network is likely distorted. Use a tolerance near the data&apos;s precision (e.g. 0.01 to 1 m).</source>
        <translation>La tolérance topologique (TOLERANCE, %1 m) a déplacé %2 des %3 extrémités et sommets de lignes (%4 %) sur des nœuds situés ailleurs, laissant %5 nœuds : le réseau est sans doute déformé. Choisissez une tolérance proche de la précision des données (p. ex. 0,01 à 1 m).</translation>
    </message>
    <message>
        <source>%1 is %2 m from the nearest road (over the distance that warns, MAX_SNAP_DISTANCE, %3 m); the gap is travelled at %4 km/h.</source>
        <translation>%1 est à %2 m de la route la plus proche (au-delà de la distance d&apos;avertissement, MAX_SNAP_DISTANCE, %3 m) ; l&apos;écart est parcouru à %4 km/h.</translation>
    </message>
    <message>
        <source>The network has %1 separate parts (islands without a ferry line, or lines that do not meet): sites on different parts cannot reach each other and get NULL results. Raise the topology tolerance (TOLERANCE) or join lines at shared vertices (NODES_AT_VERTICES) if lines should meet.</source>
        <translation>Le réseau a %1 parties séparées (îles sans ligne de ferry, ou lignes qui ne se rejoignent pas) : les sites de parties différentes ne peuvent pas s&apos;atteindre et ont des résultats NULL. Augmentez la tolérance topologique (TOLERANCE) ou reliez les lignes aux sommets partagés (NODES_AT_VERTICES) si les lignes doivent se rejoindre.</translation>
    </message>
    <message>
        <source>%1 is a travel time: it needs the path type to calculate (STRATEGY) to be &apos;Fastest (time)&apos;.</source>
        <translation>%1 est un temps de trajet : il faut que le type de trajet à calculer (STRATEGY) soit « Le plus rapide (temps) ».</translation>
    </message>
    <message>
        <source>The %1 layer has no field &apos;%2&apos;, chosen as %3.</source>
        <translation>La couche %1 n&apos;a pas de champ « %2 », choisi comme %3.</translation>
    </message>
    <message>
        <source>%1: attainment %2-%3 in %4 is not a percentage (0-100), which the cohort field (COHORT_FIELD) needs: it is read as the share of the cohort that achieved.</source>
        <translation>%1 : le résultat %2-%3 dans %4 n&apos;est pas un pourcentage (0-100), ce que demande le champ d&apos;effectif (COHORT_FIELD) : il est lu comme la part de l&apos;effectif qui a réussi.</translation>
    </message>
    <message>
        <source>%1 features known only as an interval (suppressed or banded) are not fitted; judged at both ends of their interval: %2 above, %3 below, %4 as expected, %5 not known (the interval allows either) and %6 without a flag (no cohort with the cohort field, COHORT_FIELD, set).</source>
        <translation>%1 entités connues seulement par un intervalle (masquées ou par tranches) ne sont pas ajustées ; jugées aux deux bornes de leur intervalle : %2 au-dessus, %3 au-dessous, %4 comme attendu, %5 inconnues (l&apos;intervalle permet les deux) et %6 sans signalement (pas d&apos;effectif alors que le champ d&apos;effectif, COHORT_FIELD, est défini).</translation>
    </message>
    <message>
        <source>Ferry links need the ferry terminals (FERRY_TERMINALS): where the stops of the ferry timetable (FERRY_TIMETABLE) are.</source>
        <translation>Les liaisons en ferry demandent les terminaux de ferry (FERRY_TERMINALS) : l&apos;emplacement des arrêts des horaires de ferry (FERRY_TIMETABLE).</translation>
    </message>
    <message>
        <source>Ferry links need the ferry timetable (FERRY_TIMETABLE: which stops are sailed between) or the terminals&apos; services field (TERMINAL_SERVICES_FIELD: which services call at each terminal) beside the ferry terminals (FERRY_TERMINALS).</source>
        <translation>Les liaisons en ferry demandent les horaires de ferry (FERRY_TIMETABLE : quels arrêts sont desservis entre eux) ou le champ des lignes des terminaux (TERMINAL_SERVICES_FIELD : quelles lignes desservent chaque terminal) en plus des terminaux de ferry (FERRY_TERMINALS).</translation>
    </message>
    <message>
        <source>Neighbours (WEIGHTS) by queen or rook contiguity need a polygon layer; use K nearest neighbours or a distance band for points.</source>
        <translation>Les voisins (WEIGHTS) par contiguïté reine ou tour demandent une couche de polygones ; pour des points, utilisez les K plus proches voisins ou une bande de distance.</translation>
    </message>
    <message>
        <source>The input layer&apos;s CRS (%1) is not in metres, so the distance band (DISTANCE) would be in its units (degrees for EPSG:4326), whose length on the ground varies with direction and latitude. Reproject the layer to a projected CRS in metres (e.g. EPSG:27700) for a distance band, or use K nearest neighbours (Neighbours, WEIGHTS), which are measured in metres whatever the CRS.</source>
        <translation>Le SCR de la couche en entrée (%1) n&apos;est pas en mètres ; la bande de distance (DISTANCE) serait donc dans ses unités (des degrés pour EPSG:4326), dont la longueur au sol varie avec la direction et la latitude. Reprojetez la couche dans un SCR projeté en mètres (p. ex. EPSG:27700) pour une bande de distance, ou utilisez les K plus proches voisins (Voisins, WEIGHTS), mesurés en mètres quel que soit le SCR.</translation>
    </message>
    <message>
        <source>The profile by class (CLASS_SUMMARY) needs the class field of the small areas (CLASS_FIELD).</source>
        <translation>Le profil par classe (CLASS_SUMMARY) demande le champ de classe des petites zones (CLASS_FIELD).</translation>
    </message>
    <message>
        <source>Area-weighted apportionment (APPORTIONMENT) needs small-area polygons; with points choose whole areas by centroid.</source>
        <translation>La répartition pondérée par la surface (APPORTIONMENT) demande des polygones de petites zones ; avec des points, choisissez les zones entières par centroïde.</translation>
    </message>
    <message>
        <source>The counts by class (CLASS_SUMMARY) need the class field of the areas (CLASS_FIELD), e.g. their urban-rural class.</source>
        <translation>Les décomptes par classe (CLASS_SUMMARY) demandent le champ de classe des zones (CLASS_FIELD), p. ex. leur classe urbain-rural.</translation>
    </message>
    <message>
        <source>National classes from the rank (Deprivation breaks, DEPRIVATION_BREAKS) are cut from a rank, 1 = most deprived: set the deprivation field order (DEPRIVATION_ORDER) to low values more deprived and the deprivation field (DEPRIVATION_FIELD) to the rank, or use quantiles of the joined areas.</source>
        <translation>Les classes nationales d&apos;après le rang (Seuils de défavorisation, DEPRIVATION_BREAKS) sont découpées dans un rang, 1 = le plus défavorisé : réglez l&apos;ordre du champ de défavorisation (DEPRIVATION_ORDER) sur valeurs basses les plus défavorisées et le champ de défavorisation (DEPRIVATION_FIELD) sur le rang, ou utilisez les quantiles des zones jointes.</translation>
    </message>
    <message>
        <source>All %1 classified areas are in quintile %2. Check the rank field (&apos;%3&apos;), the method and, for national classes, the number of areas ranked nationally (RANK_COUNT).</source>
        <translation>Les %1 zones classées sont toutes dans le quintile %2. Vérifiez le champ de rang (« %3 »), la méthode et, pour les classes nationales, le nombre de zones classées à l&apos;échelle nationale (RANK_COUNT).</translation>
    </message>
    <message>
        <source>The national method cuts classes across the country; the group field (GROUP_FIELD) is ignored.</source>
        <translation>La méthode nationale découpe les classes sur tout le pays ; le champ de groupe (GROUP_FIELD) est ignoré.</translation>
    </message>
    <message>
        <source>Only the population-weighted method uses the population field (POPULATION_FIELD); it is ignored.</source>
        <translation>Seule la méthode pondérée par la population utilise le champ de population (POPULATION_FIELD) ; il est ignoré.</translation>
    </message>
    <message>
        <source>The population grid (INPUT) is not a readable raster layer.</source>
        <translation>La grille de population (INPUT) n&apos;est pas une couche raster lisible.</translation>
    </message>
    <message>
        <source>The population grid (INPUT) must be a raster file read with GDAL (GeoTIFF and the like); layer &apos;%1&apos; comes from the &apos;%2&apos; provider.</source>
        <translation>La grille de population (INPUT) doit être un fichier raster lu par GDAL (GeoTIFF et semblables) ; la couche « %1 » vient du fournisseur « %2 ».</translation>
    </message>
    <message>
        <source>GDAL cannot open the population grid (INPUT) %1: %2</source>
        <translation>GDAL ne peut pas ouvrir la grille de population (INPUT) %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>The population grid (INPUT) has %n band(s); its population band (BAND) %1 does not exist.</source>
        <translation>
            <numerusform>La grille de population (INPUT) a %n bande ; sa bande de population (BAND) %1 n&apos;existe pas.</numerusform>
            <numerusform>La grille de population (INPUT) a %n bandes ; sa bande de population (BAND) %1 n&apos;existe pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The population grid (INPUT) has no CRS. The Degree of Urbanisation needs the cell area in km², so the raster must be in a projected CRS in metres (e.g. EPSG:27700 British National Grid or EPSG:3035): assign it first (e.g. with GDAL&apos;s Assign projection).</source>
        <translation>La grille de population (INPUT) n&apos;a pas de SCR. Le degré d&apos;urbanisation demande la surface des cellules en km² ; le raster doit donc être dans un SCR projeté en mètres (p. ex. EPSG:27700 British National Grid ou EPSG:3035) : attribuez-le d&apos;abord (p. ex. avec « Assigner une projection » de GDAL).</translation>
    </message>
    <message>
        <source>The population grid (INPUT) is in a geographic CRS (%1), whose cells are measured in degrees and are not squares on the ground. Use a population grid in a projected CRS in metres (e.g. EPSG:27700 or EPSG:3035).</source>
        <translation>La grille de population (INPUT) est dans un SCR géographique (%1), dont les cellules se mesurent en degrés et ne sont pas carrées au sol. Utilisez une grille de population dans un SCR projeté en mètres (p. ex. EPSG:27700 ou EPSG:3035).</translation>
    </message>
    <message>
        <source>The CRS (%1) of the population grid (INPUT) has map units that cannot be converted to metres.</source>
        <translation>Le SCR (%1) de la grille de population (INPUT) a des unités de carte qui ne peuvent pas être converties en mètres.</translation>
    </message>
    <message>
        <source>The population grid (INPUT) has no georeferencing (geotransform): its cell size and position are unknown.</source>
        <translation>La grille de population (INPUT) n&apos;a pas de géoréférencement (geotransform) : la taille et la position de ses cellules sont inconnues.</translation>
    </message>
    <message>
        <source>The population grid (INPUT) is rotated (its geotransform has rotation terms %1 and %2). The method needs a north-up grid of square cells: warp it to a north-up grid first.</source>
        <translation>La grille de population (INPUT) est tournée (son geotransform a des termes de rotation %1 et %2). La méthode demande une grille orientée au nord de cellules carrées : déformez-la d&apos;abord en une grille orientée au nord.</translation>
    </message>
    <message>
        <source>The cells of the population grid (INPUT) are not square (%1 x %2 map units). The Degree of Urbanisation is defined on square cells (1 km²): resample the population grid to square cells first.</source>
        <translation>Les cellules de la grille de population (INPUT) ne sont pas carrées (%1 x %2 unités de carte). Le degré d&apos;urbanisation est défini sur des cellules carrées (1 km²) : rééchantillonnez d&apos;abord la grille de population en cellules carrées.</translation>
    </message>
    <message>
        <source>The areas to classify (AREAS) are %1 features; they must be polygons, whose population is taken from the grid cells they cover.</source>
        <translation>Les zones à classer (AREAS) sont des entités %1 ; ce doivent être des polygones, dont la population est tirée des cellules de la grille qu&apos;ils couvrent.</translation>
    </message>
    <message>
        <source>The cells of the population grid (INPUT) are %1 km², not 1 km². The Degree of Urbanisation is defined on 1 km² cells: densities are computed per km² and the rules applied as they stand, but contiguity, the majority rule and the classes of small places depend on the cell size, so the result is not the official classification.</source>
        <translation>Les cellules de la grille de population (INPUT) font %1 km², pas 1 km². Le degré d&apos;urbanisation est défini sur des cellules de 1 km² : les densités sont calculées par km² et les règles appliquées telles quelles, mais la contiguïté, la règle de majorité et les classes des petits lieux dépendent de la taille des cellules ; le résultat n&apos;est donc pas la classification officielle.</translation>
    </message>
    <message>
        <source>Reading row %1 of the population grid (INPUT) failed: %2</source>
        <translation>La lecture de la ligne %1 de la grille de population (INPUT) a échoué : %2</translation>
    </message>
    <message>
        <source>The population grid&apos;s (INPUT) cell at row %1, column %2 holds %3 people; population must be 0 or more. If %3 marks missing data, set it as the band&apos;s NODATA value.</source>
        <translation>La cellule de la grille de population (INPUT) à la ligne %1, colonne %2 contient %3 habitants ; la population doit être supérieure ou égale à 0. Si %3 marque une donnée manquante, définissez-le comme valeur NODATA de la bande.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of the population grid (INPUT) are NODATA: they count as 0 people, are never added to an urban centre and are written as NODATA.</source>
        <translation>
            <numerusform>%n cellule de la grille de population (INPUT) est NODATA : elle compte 0 habitant, n&apos;est jamais ajoutée à un centre urbain et est écrite en NODATA.</numerusform>
            <numerusform>%n cellules de la grille de population (INPUT) sont NODATA : elles comptent 0 habitant, ne sont jamais ajoutées à un centre urbain et sont écrites en NODATA.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the Degree of Urbanisation grid (OUTPUT_GRID) %1: %2</source>
        <translation>Impossible de créer la grille du degré d&apos;urbanisation (OUTPUT_GRID) %1 : %2</translation>
    </message>
    <message>
        <source>Writing the Degree of Urbanisation grid (OUTPUT_GRID) %1 failed: %2</source>
        <translation>L&apos;écriture de la grille du degré d&apos;urbanisation (OUTPUT_GRID) %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The areas to classify (AREAS) have no CRS: their coordinates are taken to be in the population grid&apos;s CRS (%1).</source>
        <translation>Les zones à classer (AREAS) n&apos;ont pas de SCR : leurs coordonnées sont supposées dans le SCR de la grille de population (%1).</translation>
    </message>
    <message>
        <source>The areas to classify (AREAS, %1) are reprojected to the population grid&apos;s CRS (%2) to share out the cells.</source>
        <translation>Les zones à classer (AREAS, %1) sont reprojetées dans le SCR de la grille de population (%2) pour répartir les cellules.</translation>
    </message>
    <message>
        <source>The areas to classify (AREAS) hold no features: the polygon output is empty (the grid is written as usual).</source>
        <translation>Les zones à classer (AREAS) ne contiennent aucune entité : la sortie en polygones est vide (la grille est écrite comme d&apos;habitude).</translation>
    </message>
    <message>
        <source>Area to classify (AREAS) %1 has no geometry; its results are NULL.</source>
        <translation>La zone à classer (AREAS) %1 n&apos;a pas de géométrie ; ses résultats sont NULL.</translation>
    </message>
    <message>
        <source>Area to classify (AREAS) %1 has an invalid geometry; it is repaired with make valid before sharing out the cells.</source>
        <translation>La zone à classer (AREAS) %1 a une géométrie invalide ; elle est réparée (make valid) avant de répartir les cellules.</translation>
    </message>
    <message>
        <source>Area to classify (AREAS) %1 cannot be reprojected to the population grid&apos;s CRS; its results are NULL.</source>
        <translation>La zone à classer (AREAS) %1 ne peut pas être reprojetée dans le SCR de la grille de population ; ses résultats sont NULL.</translation>
    </message>
    <message>
        <source>Area to classify (AREAS) %1 reaches beyond the population grid (INPUT); only the people in the raster&apos;s cells are counted.</source>
        <translation>La zone à classer (AREAS) %1 dépasse de la grille de population (INPUT) ; seuls les habitants des cellules du raster sont comptés.</translation>
    </message>
    <message>
        <source>Area to classify (AREAS) %1 covers no people in the grid (outside it, or over empty or NODATA cells); its class and shares are NULL.</source>
        <translation>La zone à classer (AREAS) %1 ne couvre aucun habitant de la grille (hors de celle-ci, ou sur des cellules vides ou NODATA) ; sa classe et ses parts sont NULL.</translation>
    </message>
    <message>
        <source>The point on the mainland (MAINLAND_POINT) cannot be placed on the network: it has no road.</source>
        <translation>Le point sur le continent (MAINLAND_POINT) ne peut pas être placé sur le réseau : celui-ci n&apos;a pas de route.</translation>
    </message>
    <message>
        <source>The point on the mainland (MAINLAND_POINT) is %1 m from the nearest road (more than the distance that warns, MAX_SNAP_DISTANCE); that road&apos;s part is taken as the mainland.</source>
        <translation>Le point sur le continent (MAINLAND_POINT) est à %1 m de la route la plus proche (plus que la distance d&apos;avertissement, MAX_SNAP_DISTANCE) ; la partie de cette route est prise comme le continent.</translation>
    </message>
    <message>
        <source>Feature (FEATURES) %1 is on part %2 of the network, from which no ferry leads to the mainland; its &apos;%3&apos; is NULL.</source>
        <translation>L&apos;entité (FEATURES) %1 est sur la partie %2 du réseau, d&apos;où aucun ferry ne mène au continent ; son « %3 » est NULL.</translation>
    </message>
    <message>
        <source>The areas with a population (INPUT) are in %1, a geographic CRS in degrees: square cells need metres. Reproject it first (e.g. to EPSG:27700, British National Grid).</source>
        <translation>Les zones peuplées (INPUT) sont en %1, un SCR géographique en degrés : des cellules carrées demandent des mètres. Reprojetez d&apos;abord la couche (p. ex. en EPSG:27700, British National Grid).</translation>
    </message>
    <message>
        <source>The areas with a population (INPUT) have no field &apos;%1&apos; (Population field, POPULATION_FIELD).</source>
        <translation>Les zones peuplées (INPUT) n&apos;ont pas de champ « %1 » (Champ de population, POPULATION_FIELD).</translation>
    </message>
    <message>
        <source>The population field &apos;%1&apos; (POPULATION_FIELD) holds %2 values; it must be numeric.</source>
        <translation>Le champ de population « %1 » (POPULATION_FIELD) contient des valeurs %2 ; il doit être numérique.</translation>
    </message>
    <message>
        <source>Area with a population (INPUT) %1</source>
        <translation>Zone peuplée (INPUT) %1</translation>
    </message>
    <message>
        <source>No area with a population (INPUT) has both a polygon and a population in &apos;%1&apos;: there is nothing to grid.</source>
        <translation>Aucune zone peuplée (INPUT) n&apos;a à la fois un polygone et une population dans « %1 » : il n&apos;y a rien à mettre en grille.</translation>
    </message>
    <message>
        <source>A grid of %1 x %2 cells of %3 is too large; raise the cell size (CELL_SIZE).</source>
        <translation>Une grille de %1 x %2 cellules de %3 est trop grande ; augmentez la taille de cellule (CELL_SIZE).</translation>
    </message>
    <message>
        <source>Thresholds: %1 (settlement populations: small town, SMALL_TOWN_POPULATION &lt; other urban area, OTHER_URBAN_POPULATION &lt; large urban area, LARGE_URBAN_POPULATION; drive minutes: accessible, ACCESSIBLE_MINUTES &lt; very remote, VERY_REMOTE_MINUTES).</source>
        <translation>Seuils : %1 (populations des localités : petite ville, SMALL_TOWN_POPULATION &lt; autre zone urbaine, OTHER_URBAN_POPULATION &lt; grande zone urbaine, LARGE_URBAN_POPULATION ; minutes de conduite : accessible, ACCESSIBLE_MINUTES &lt; très isolé, VERY_REMOTE_MINUTES).</translation>
    </message>
    <message>
        <source>The settlements (SETTLEMENTS) are %1 features: with settlement points, set the features&apos; field naming their settlement (FEATURES_SETTLEMENT_FIELD) to the field of the features to classify that names each feature&apos;s settlement (e.g. from NRS&apos;s postcode to settlement look-up), or give settlement extents as polygons, so that each feature is placed in the settlement it falls in.</source>
        <translation>Les localités (SETTLEMENTS) sont des entités %1 : avec des points de localité, réglez le champ des entités nommant leur localité (FEATURES_SETTLEMENT_FIELD) sur le champ des entités à classer qui nomme la localité de chacune (p. ex. d&apos;après la table des codes postaux vers localités de NRS), ou donnez l&apos;étendue des localités en polygones, pour que chaque entité soit placée dans la localité où elle se trouve.</translation>
    </message>
    <message>
        <source>Population points (POPULATION_POINTS) are placed in settlements by where they lie, which needs settlement extents: the settlements (SETTLEMENTS) are %1 features, not polygons.</source>
        <translation>Les points de population (POPULATION_POINTS) sont placés dans les localités selon leur position, ce qui demande l&apos;étendue des localités : les localités (SETTLEMENTS) sont des entités %1, pas des polygones.</translation>
    </message>
    <message>
        <source>The features&apos; field naming their settlement (FEATURES_SETTLEMENT_FIELD) names settlements by their id: set the settlements&apos; id field (SETTLEMENT_ID_FIELD).</source>
        <translation>Le champ des entités nommant leur localité (FEATURES_SETTLEMENT_FIELD) nomme les localités par leur identifiant : réglez le champ identifiant des localités (SETTLEMENT_ID_FIELD).</translation>
    </message>
    <message>
        <source>The settlements (SETTLEMENTS) have no population field &apos;%1&apos; (Settlements: population field, SETTLEMENT_POPULATION_FIELD).</source>
        <translation>Les localités (SETTLEMENTS) n&apos;ont pas de champ de population « %1 » (Localités : champ de population, SETTLEMENT_POPULATION_FIELD).</translation>
    </message>
    <message>
        <source>The settlements&apos; population field &apos;%1&apos; (SETTLEMENT_POPULATION_FIELD) holds %2 values; it must be numeric.</source>
        <translation>Le champ de population des localités « %1 » (SETTLEMENT_POPULATION_FIELD) contient des valeurs %2 ; il doit être numérique.</translation>
    </message>
    <message>
        <source>The population points (POPULATION_POINTS) have no population field &apos;%1&apos; (Population points: population field, POPULATION_FIELD).</source>
        <translation>Les points de population (POPULATION_POINTS) n&apos;ont pas de champ de population « %1 » (Points de population : champ de population, POPULATION_FIELD).</translation>
    </message>
    <message>
        <source>The population points&apos; population field &apos;%1&apos; (POPULATION_FIELD) holds %2 values; it must be numeric.</source>
        <translation>Le champ de population des points de population « %1 » (POPULATION_FIELD) contient des valeurs %2 ; il doit être numérique.</translation>
    </message>
    <message>
        <source>Population points (POPULATION_POINTS) give polygon features a population-weighted majority class; the features to classify (FEATURES) are %1 features. Leave the population points empty to classify points by where they are.</source>
        <translation>Les points de population (POPULATION_POINTS) donnent aux entités polygones une classe majoritaire pondérée par la population ; les entités à classer (FEATURES) sont des entités %1. Laissez les points de population vides pour classer des points selon leur position.</translation>
    </message>
    <message>
        <source>The features to classify (FEATURES) have no field &apos;%1&apos; (the features&apos; field naming their settlement, FEATURES_SETTLEMENT_FIELD).</source>
        <translation>Les entités à classer (FEATURES) n&apos;ont pas de champ « %1 » (le champ des entités nommant leur localité, FEATURES_SETTLEMENT_FIELD).</translation>
    </message>
    <message>
        <source>Settlement (SETTLEMENTS) feature %1 (%2)</source>
        <translation>Entité de localité (SETTLEMENTS) %1 (%2)</translation>
    </message>
    <message>
        <source>Settlements (SETTLEMENTS) %1 and %2 share the id &apos;%3&apos;; features naming it take the first.</source>
        <translation>Les localités (SETTLEMENTS) %1 et %2 partagent l&apos;identifiant « %3 » ; les entités qui le nomment prennent la première.</translation>
    </message>
    <message>
        <source>Settlements (SETTLEMENTS) %1 (%2) and %3 (%4) overlap by %5 m²; a feature in both takes the more populous.</source>
        <translation>Les localités (SETTLEMENTS) %1 (%2) et %3 (%4) se chevauchent sur %5 m² ; une entité dans les deux prend la plus peuplée.</translation>
    </message>
    <message>
        <source>%1 names settlement &apos;%2&apos; in &apos;%3&apos;, which no settlement (SETTLEMENTS) has as its id; its codes are NULL.</source>
        <translation>%1 nomme la localité « %2 » dans « %3 », qu&apos;aucune localité (SETTLEMENTS) n&apos;a pour identifiant ; ses codes sont NULL.</translation>
    </message>
    <message>
        <source>Population point (POPULATION_POINTS) %1: population field &apos;%2&apos; is %3; the point counts no one.</source>
        <translation>Point de population (POPULATION_POINTS) %1 : le champ de population « %2 » vaut %3 ; le point ne compte personne.</translation>
    </message>
    <message>
        <source>Population point (POPULATION_POINTS) %1</source>
        <translation>Point de population (POPULATION_POINTS) %1</translation>
    </message>
    <message>
        <source>Feature to classify (FEATURES) %1</source>
        <translation>Entité à classer (FEATURES) %1</translation>
    </message>
    <message>
        <source>A grid of %1 m cells over the land layer (%2 x %3 km) would need %L4 cells, more than the most allowed (MAX_CELLS, %L5): choose cells of at least %6 m (CELL_SIZE), clip the land layer to the area of interest, or raise the most cells the grid may have (MAX_CELLS; each cell takes about 45 bytes).</source>
        <translation>Une grille de cellules de %1 m sur la couche des terres (%2 x %3 km) demanderait %L4 cellules, plus que le maximum permis (MAX_CELLS, %L5) : choisissez des cellules d&apos;au moins %6 m (CELL_SIZE), découpez la couche des terres à la zone d&apos;intérêt, ou augmentez le nombre maximal de cellules de la grille (MAX_CELLS ; chaque cellule prend environ 45 octets).</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>The graph cache %1 is damaged (%2); the network is prepared again.</source>
        <translation>Le cache de graphes %1 est endommagé (%2) ; le réseau est préparé de nouveau.</translation>
    </message>
    <message>
        <source>a prepared graph cannot be read</source>
        <translation>un graphe préparé est illisible</translation>
    </message>
    <message>
        <source>a prepared graph does not match its checksum</source>
        <translation>un graphe préparé ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>cannot write the graph cache %1 (%2)</source>
        <translation>impossible d&apos;écrire le cache de graphes %1 (%2)</translation>
    </message>
    <message>
        <source>Searched from %1 origin(s) to %2 destination(s) over the prepared graph in %3 s on %4 thread(s).</source>
        <translation>Recherche de %1 origine(s) vers %2 destination(s) sur le graphe préparé en %3 s sur %4 fil(s) d&apos;exécution.</translation>
    </message>
    <message>
        <source>The network is not prepared for fast repeated searches: it is too grid-like for a prepared graph to pay (found when it was first prepared); the plain searches answer.</source>
        <translation>Le réseau n&apos;est pas préparé pour des recherches répétées rapides : il ressemble trop à une grille pour qu&apos;un graphe préparé soit rentable (constaté lors de la première préparation) ; les recherches simples répondent.</translation>
    </message>
    <message>
        <source>Prepared graph read from the cache in %1 s.</source>
        <translation>Graphe préparé lu dans le cache en %1 s.</translation>
    </message>
    <message>
        <source>The network is in use again: preparing it for fast repeated searches (a contraction hierarchy, kept in the graph cache for the next runs)…</source>
        <translation>Le réseau est de nouveau utilisé : préparation pour des recherches répétées rapides (une hiérarchie de contraction, conservée dans le cache de graphes pour les exécutions suivantes)…</translation>
    </message>
    <message>
        <source>Network prepared in %1 s (%2 shortcuts).</source>
        <translation>Réseau préparé en %1 s (%2 raccourcis).</translation>
    </message>
    <message>
        <source>The network is not prepared for fast repeated searches after %1 s: it is too grid-like for a prepared graph to pay; the plain searches answer, now and in later runs.</source>
        <translation>Le réseau n&apos;est pas préparé pour des recherches répétées rapides après %1 s : il ressemble trop à une grille pour qu&apos;un graphe préparé soit rentable ; les recherches simples répondent, maintenant et lors des exécutions suivantes.</translation>
    </message>
    <message>
        <source>The prepared graph could not be cached: %1.</source>
        <translation>Le graphe préparé n&apos;a pas pu être mis en cache : %1.</translation>
    </message>
    <message>
        <source>This search is large enough to pay for preparing the network: preparing it (a contraction hierarchy, kept in the graph cache for the next runs)…</source>
        <translation>Cette recherche est assez grande pour que la préparation du réseau soit rentable : préparation (une hiérarchie de contraction, conservée dans le cache de graphes pour les exécutions suivantes)…</translation>
    </message>
    <message>
        <source>Graph kept in the cache %1 (%2 s, written while the run went on) for the next run on this network.</source>
        <translation>Graphe conservé dans le cache %1 (%2 s, écrit pendant que l&apos;exécution continuait) pour la prochaine exécution sur ce réseau.</translation>
    </message>
    <message>
        <source>not a GeoPackage layer</source>
        <translation>pas une couche GeoPackage</translation>
    </message>
    <message>
        <source>the layer is being edited</source>
        <translation>la couche est en cours d&apos;édition</translation>
    </message>
    <message>
        <source>the layer has a filter</source>
        <translation>la couche a un filtre</translation>
    </message>
    <message>
        <source>the layer&apos;s source sets &apos;%1&apos;</source>
        <translation>la source de la couche fixe « %1 »</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>pas un fichier</translation>
    </message>
    <message>
        <source>GDAL could not open the file</source>
        <translation>GDAL n&apos;a pas pu ouvrir le fichier</translation>
    </message>
    <message>
        <source>GDAL could not find the layer</source>
        <translation>GDAL n&apos;a pas trouvé la couche</translation>
    </message>
    <message>
        <source>GDAL could not leave out the fields not needed</source>
        <translation>GDAL n&apos;a pas pu écarter les champs inutiles</translation>
    </message>
    <message>
        <source>GDAL gives no column stream for the layer</source>
        <translation>GDAL ne donne pas de flux de colonnes pour la couche</translation>
    </message>
    <message>
        <source>GDAL&apos;s columns lack the feature id or the geometry</source>
        <translation>les colonnes de GDAL n&apos;ont pas l&apos;identifiant d&apos;entité ou la géométrie</translation>
    </message>
    <message>
        <source>GDAL&apos;s feature id or geometry column is of an unexpected type</source>
        <translation>la colonne d&apos;identifiant d&apos;entité ou de géométrie de GDAL est d&apos;un type inattendu</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a column of the file</source>
        <translation>le champ « %1 » n&apos;est pas une colonne du fichier</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is of a type not read in bulk</source>
        <translation>le champ « %1 » est d&apos;un type qui ne se lit pas en bloc</translation>
    </message>
    <message>
        <source>The network layer (INPUT) &apos;%1&apos; could not be read to its end: %2. Nothing is written from a partial read; repair or re-download it.</source>
        <translation>La couche du réseau (INPUT) « %1 » n&apos;a pas pu être lue jusqu&apos;au bout : %2. Rien n&apos;est écrit d&apos;une lecture partielle ; réparez-la ou téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <source>not a layer read whole</source>
        <translation>pas une couche lue en entier</translation>
    </message>
    <message>
        <source>Reading the network in bulk (GDAL&apos;s columns of the GeoPackage)…</source>
        <translation>Lecture du réseau en bloc (colonnes du GeoPackage par GDAL)…</translation>
    </message>
    <message>
        <source>Reading the network feature by feature (%1)…</source>
        <translation>Lecture du réseau entité par entité (%1)…</translation>
    </message>
</context>
<context>
    <name>PlaceGapPlugin</name>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Sample Projects…</source>
        <translation>Projets d&apos;exemple…</translation>
    </message>
    <message>
        <source>Load Styles</source>
        <translation>Charger les styles</translation>
    </message>
    <message>
        <source>PlaceGap</source>
        <translation>PlaceGap</translation>
    </message>
    <message>
        <source>The PlaceGap documentation (README.html) is not installed beside the plugin in %1. Reinstall PlaceGap (scripts/setup.sh, or &apos;cmake --install&apos; of a build).</source>
        <translation>La documentation de PlaceGap (README.html) n&apos;est pas installée à côté de l&apos;extension dans %1. Réinstallez PlaceGap (scripts/setup.sh, ou « cmake --install » d&apos;une compilation).</translation>
    </message>
    <message>
        <source>No program on this computer opened the PlaceGap documentation. Open this address in a web browser:

%1</source>
        <translation>Aucun programme de cet ordinateur n&apos;a ouvert la documentation de PlaceGap. Ouvrez cette adresse dans un navigateur web :

%1</translation>
    </message>
    <message>
        <source>PlaceGap Styles</source>
        <translation>Styles PlaceGap</translation>
    </message>
    <message>
        <source>The PlaceGap style library was not found beside the plugin. Reinstall PlaceGap with &apos;cmake --install&apos;.</source>
        <translation>La bibliothèque de styles de PlaceGap est introuvable à côté de l&apos;extension. Réinstallez PlaceGap avec « cmake --install ».</translation>
    </message>
    <message>
        <source>The PlaceGap style library could not be imported: %1</source>
        <translation>La bibliothèque de styles de PlaceGap n&apos;a pas pu être importée : %1</translation>
    </message>
    <message>
        <source>PlaceGap&apos;s colour ramps (deprivation, bivariate, LISA, travel times, urban-rural) and symbols are now in the Style Manager, tagged &apos;PlaceGap&apos;.</source>
        <translation>Les palettes de couleurs (défavorisation, bivarié, LISA, temps de trajet, urbain-rural) et les symboles de PlaceGap sont maintenant dans le Gestionnaire de styles, avec l&apos;étiquette « PlaceGap ».</translation>
    </message>
    <message>
        <source>PlaceGap Sample Projects</source>
        <translation>Projets d&apos;exemple PlaceGap</translation>
    </message>
    <message>
        <source>No sample projects are installed. Reinstall PlaceGap (scripts/setup.sh, or &apos;cmake --install&apos; of a build).</source>
        <translation>Aucun projet d&apos;exemple n&apos;est installé. Réinstallez PlaceGap (scripts/setup.sh, ou « cmake --install » d&apos;une compilation).</translation>
    </message>
    <message>
        <source>The sample data %1 is missing or lacks layers the projects open. Reinstall PlaceGap (the build makes it from the shipped sources; see README.md).</source>
        <translation>Les données d&apos;exemple %1 manquent ou n&apos;ont pas les couches qu&apos;ouvrent les projets. Réinstallez PlaceGap (la compilation les construit à partir des sources livrées ; voir README.md).</translation>
    </message>
</context>
<context>
    <name>PlaceGapProvider</name>
    <message>
        <source>PlaceGap</source>
        <translation>PlaceGap</translation>
    </message>
    <message>
        <source>PlaceGap %1: place, poverty and school attainment</source>
        <translation>PlaceGap %1 : lieux, pauvreté et résultats scolaires</translation>
    </message>
</context>
<context>
    <name>PlaceGapSampleProjectsDialog</name>
    <message>
        <source>PlaceGap Sample Projects</source>
        <translation>Projets d&apos;exemple PlaceGap</translation>
    </message>
    <message>
        <source>Open a teaching project on the Northern Alliance sample data:</source>
        <translation>Ouvrir un projet d&apos;enseignement sur les données d&apos;exemple de la Northern Alliance :</translation>
    </message>
    <message>
        <source>The projects open the sample data in %1, built from the published open data shipped with PlaceGap. Save your changes with &lt;i&gt;Project ▸ Save As…&lt;/i&gt; in a folder of your own.</source>
        <translation>Les projets ouvrent les données d&apos;exemple dans %1, construites à partir des données ouvertes publiées livrées avec PlaceGap. Enregistrez vos modifications avec &lt;i&gt;Projet ▸ Enregistrer sous…&lt;/i&gt; dans un dossier à vous.</translation>
    </message>
</context>
</TS>
