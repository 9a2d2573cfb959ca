<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>@default</name>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="16"/>
        <source>The {} ({}) has no coordinate reference system. Assign its CRS (Layer Properties &gt; Source), then run again.</source>
        <translation>У слоя «{}» ({}) не задана система координат. Задайте её (Свойства слоя &gt; Источник) и запустите алгоритм снова.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="25"/>
        <source>The {} ({}) is in a geographic CRS ({}), measured in degrees, so distances and costs would be wrong. Reproject it to a projected CRS in metres (for example the UTM zone of the study area) with Raster &gt; Projections &gt; Warp (Reproject), then run again.</source>
        <translation>Слой «{}» ({}) находится в географической системе координат ({}) с единицами в градусах, поэтому расстояния и стоимости будут неверными. Перепроецируйте его в проекционную систему координат в метрах (например, в зону UTM района исследования) с помощью Растр &gt; Проекции &gt; Деформация (перепроецирование) и запустите алгоритм снова.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="41"/>
        <source>The {} ({}) is empty.</source>
        <translation>Слой «{}» ({}) пуст.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="49"/>
        <source>The {} ({}) is in {} but the resistance surface is in {}. Rasters are not reprojected on the fly: reproject it with Raster &gt; Projections &gt; Warp (Reproject) onto the resistance surface&apos;s grid, then run again.</source>
        <translation>Слой «{}» ({}) находится в системе координат {}, а поверхность сопротивления — в {}. Растры не перепроецируются «на лету»: перепроецируйте его на сетку поверхности сопротивления с помощью Растр &gt; Проекции &gt; Деформация (перепроецирование) и запустите алгоритм снова.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="61"/>
        <source>The {} ({}) is not on the grid of the resistance surface: it has {} where {} is expected. Align it with Raster &gt; Align Rasters (same extent and cell size), then run again.</source>
        <translation>Слой «{}» ({}) не совпадает с сеткой поверхности сопротивления: у него {}, а ожидается {}. Совместите его с помощью Растр &gt; Совместить растры (тот же охват и тот же размер ячейки) и запустите алгоритм снова.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/checks.py" line="123"/>
        <source>The output {} would overwrite the input {} ({}). Choose another file name for the output.</source>
        <translation>Результат {} перезапишет входные данные {} ({}). Выберите для результата другое имя файла.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="144"/>
        <source>The raster {} has an unsupported data type; use an integer or floating-point band.</source>
        <translation>Растр {} имеет неподдерживаемый тип данных; используйте целочисленный канал или канал с плавающей точкой.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="156"/>
        <source>The raster {} could not be read.</source>
        <translation>Не удалось прочитать растр {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="175"/>
        <source>{} cell(s) of {} hold NaN; they are treated as NoData.</source>
        <translation>Ячеек со значением NaN: {} (растр {}); они считаются NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="241"/>
        <source>No GDAL driver can write {}.</source>
        <translation>Ни один драйвер GDAL не может записать {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="84"/>
        <source>{} is reprojected on the fly from {} to {}.</source>
        <translation>Слой {} перепроецируется «на лету» из {} в {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/vector.py" line="72"/>
        <source>The features could not be rasterised (GDAL error {}).</source>
        <translation>Не удалось растеризовать объекты (ошибка GDAL {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="441"/>
        <source>The core raster and the resistance surface must have the same shape.</source>
        <translation>Растр ядер и поверхность сопротивления должны иметь одинаковый размер.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="445"/>
        <source>Unknown link selection {!r}; use one of {}.</source>
        <translation>Неизвестный способ выбора связей: {!r}; допустимые значения: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="449"/>
        <source>The number of nearest neighbours must be at least 1.</source>
        <translation>Число ближайших соседей должно быть не меньше 1.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="452"/>
        <source>At least two core areas are needed to map corridors; found {}.</source>
        <translation>Для построения коридоров нужно не менее двух ядер; найдено: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="463"/>
        <source>The Euclidean distance matrix must be {0} x {0}.</source>
        <translation>Матрица евклидовых расстояний должна иметь размер {0} x {0}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="91"/>
        <source>The cell size must be positive, got {}.</source>
        <translation>Размер ячейки должен быть положительным; получено: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="127"/>
        <source>The resistance surface must be a non-empty two-dimensional raster.</source>
        <translation>Поверхность сопротивления должна быть непустым двумерным растром.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="133"/>
        <source>Every cell of the resistance surface is NoData: there is nothing to move through.</source>
        <translation>Все ячейки поверхности сопротивления — NoData: перемещение по ней невозможно.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="213"/>
        <source>The sources ({}) and the resistance surface ({}) must have the same shape.</source>
        <translation>Источники ({}) и поверхность сопротивления ({}) должны иметь одинаковый размер.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="249"/>
        <source>No source lies on a passable cell: every source cell is NoData or outside the raster.</source>
        <translation>Ни один источник не лежит на проходимой ячейке: все ячейки источников — NoData или находятся вне растра.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="269"/>
        <source>stop_at must have the shape of the resistance surface.</source>
        <translation>stop_at должен иметь размер поверхности сопротивления.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="404"/>
        <source>The end feature lies entirely on NoData or outside the raster.</source>
        <translation>Конечный объект целиком лежит на ячейках NoData или вне растра.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="418"/>
        <source>The end cannot be reached from the start: NoData cells separate them on this resistance surface.</source>
        <translation>Конец недостижим из начала: на этой поверхности сопротивления их разделяют ячейки NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/errors.py" line="86"/>
        <source>Cancelled by the user; nothing was written.</source>
        <translation>Отменено пользователем; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/memory.py" line="106"/>
        <source>This analysis needs about {} of memory but only {} is available ({} cells). Coarsen the raster (a cell size at least {:.1f} times larger, e.g. with Raster &gt; Projections &gt; Warp) or clip it to the study area, then run again.</source>
        <translation>Для этого анализа нужно около {} памяти, а доступно только {} (ячеек: {}). Увеличьте размер ячейки растра хотя бы в {:.1f} раза (например, с помощью Растр &gt; Проекции &gt; Деформация (перепроецирование)) или обрежьте растр по району исследования и запустите алгоритм снова.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="66"/>
        <source>Row {}: the {} {!r} is not a number.</source>
        <translation>Строка {} ({}): {!r} не является числом.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="158"/>
        <source>The resistance table has no rows.</source>
        <translation>Таблица сопротивлений не содержит строк.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="121"/>
        <source>The resistance table has no column {!r}; its columns are: {}.</source>
        <translation>В таблице сопротивлений нет столбца {!r}; её столбцы: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="144"/>
        <source>Row {}: class {:g} has resistance {:g}. Resistance must be positive; leave it empty or write NoData to make the class impassable.</source>
        <translation>Строка {}: у класса {:g} сопротивление {:g}. Сопротивление должно быть положительным; оставьте его пустым или впишите NoData, чтобы сделать класс непроходимым.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="154"/>
        <source>Class {:g} appears twice in the resistance table.</source>
        <translation>Класс {:g} встречается в таблице сопротивлений дважды.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="204"/>
        <source>The land-cover raster has {} class(es) that the resistance table does not list: {}{}. Add them to the table (leave the resistance empty to make a class impassable).</source>
        <translation>В растре земного покрова есть классы, которых нет в таблице сопротивлений (всего: {}): {}{}. Добавьте их в таблицу (оставьте сопротивление пустым, чтобы сделать класс непроходимым).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="238"/>
        <source>Unknown burn mode {!r}; use one of {}.</source>
        <translation>Неизвестный режим наложения: {!r}; допустимые значения: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="244"/>
        <source>The burnt features and the resistance surface must have the same shape.</source>
        <translation>Растр накладываемых объектов и поверхность сопротивления должны иметь одинаковый размер.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="249"/>
        <source>Linear features must have a positive resistance.</source>
        <translation>Сопротивление линейных объектов должно быть положительным.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="312"/>
        <source>Unknown combination {!r}; use one of {}.</source>
        <translation>Неизвестный способ объединения: {!r}; допустимые значения: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/resistance.py" line="320"/>
        <source>Rasters to combine must have the same shape as the resistance surface.</source>
        <translation>Объединяемые растры должны иметь тот же размер, что и поверхность сопротивления.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="33"/>
        <source>The resistance surface could not be loaded.</source>
        <translation>Не удалось загрузить поверхность сопротивления.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="34"/>
        <source>resistance surface</source>
        <translation>поверхность сопротивления</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/vector.py" line="131"/>
        <source>The {} layer has no features with a geometry.</source>
        <translation>В слое «{}» нет объектов с геометрией.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="198"/>
        <source>The {} layer could not be loaded.</source>
        <translation>Не удалось загрузить слой «{}».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="54"/>
        <source>Choose the id field of the {} layer.</source>
        <translation>Выберите поле идентификатора для слоя «{}».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="59"/>
        <source>{} feature(s) of the {} layer have an empty id in {} (feature ids {}). Give every feature an id.</source>
        <translation>Объектов с пустым идентификатором: {} (слой «{}», поле {}, ID объектов: {}). Задайте идентификатор каждому объекту.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="94"/>
        <source>The ids {} appear more than once in the field {} of the {} layer. Each feature needs its own id (merge the parts of one area with Dissolve first).</source>
        <translation>Идентификаторы {} встречаются несколько раз в поле {} слоя «{}». У каждого объекта должен быть свой идентификатор (сначала объедините части одного участка инструментом «Объединение по признаку»).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="104"/>
        <source>The {} {} lie outside the resistance surface. Remove them (or select the others and use &quot;Selected features only&quot;), or use a resistance surface that covers them.</source>
        <translation>Объекты слоя «{}» с идентификаторами {} лежат вне поверхности сопротивления. Удалите их (или выделите остальные и включите «Только выделенные объекты») либо используйте поверхность сопротивления, которая их покрывает.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="115"/>
        <source>{} {} extend beyond the resistance surface; only their part on it is used: {}.</source>
        <translation>Объектов, выходящих за пределы поверхности сопротивления: {} (слой «{}»); используется только их часть на поверхности: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="126"/>
        <source>The {} {} get no raster cell of their own: they lie inside another one or between cells. Merge overlapping areas or use a finer resistance surface.</source>
        <translation>Объектам слоя «{}» с идентификаторами {} не досталось ни одной собственной ячейки растра: они лежат внутри другого объекта или между ячейками. Объедините перекрывающиеся участки или используйте поверхность сопротивления с более мелкими ячейками.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="136"/>
        <source>{} pair(s) of {} overlap ({}); each shared cell belongs to one of them.</source>
        <translation>Пар перекрывающихся объектов: {} (слой «{}»: {}); каждая общая ячейка отнесена только к одному из них.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="51"/>
        <source>not connected: NoData separates the cores</source>
        <translation>нет связи: ядра разделены ячейками NoData</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="53"/>
        <source>cw_dist above the maximum ({:g})</source>
        <translation>cw_dist больше максимума ({:g})</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="55"/>
        <source>euc_dist above the maximum ({:g})</source>
        <translation>euc_dist больше максимума ({:g})</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="56"/>
        <source>least-cost path passes through core {}</source>
        <translation>путь наименьшей стоимости проходит через ядро {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="56"/>
        <source>Least-cost corridors</source>
        <translation>Коридоры наименьшей стоимости</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="59"/>
        <source>&lt;p&gt;Maps least-cost corridors between core areas (protected areas, habitat cores) and the links of the network, the way Linkage Mapper&apos;s Linkage Pathways does (McRae and Kavanagh 2011).&lt;/p&gt;&lt;p&gt;For every core a cost-weighted distance (CWD) map is computed. A link between cores A and B has cw_dist = the least-cost distance between them (the smallest CWD from A over the cells of B). Its normalized least-cost corridor is NLCC = CWD from A + CWD from B - cw_dist: zero along the least-cost path, growing away from it. The corridor map is the smallest NLCC over the kept links.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell, projected CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Core areas&lt;/b&gt; and &lt;b&gt;Core id field&lt;/b&gt;: polygons, each with its own id.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt;: adjacent cores (their areas touch in the cost-allocation map; Linkage Mapper&apos;s default), all pairs, or each core&apos;s k nearest neighbours by cw_dist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum cw_dist / euc_dist&lt;/b&gt;: drop longer links (0: no limit).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Drop links through other cores&lt;/b&gt;: drop a link whose least-cost path crosses a third core.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Corridor width cut-off&lt;/b&gt;: cells whose NLCC exceeds it (cost units) are left out (0: none).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt; output: least-cost paths with from_core, to_core, cw_dist, euc_dist (edge to edge), lcp_length, cwd_to_euc, cwd_to_path, kept and the reason a link was dropped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Строит коридоры наименьшей стоимости между ядрами (ООПТ, ядрами местообитаний) и связи экологической сети так же, как инструмент Linkage Pathways в Linkage Mapper (McRae, Kavanagh 2011).&lt;/p&gt;&lt;p&gt;Для каждого ядра рассчитывается карта взвешенного по стоимости расстояния (CWD, накопленная стоимость). Связь между ядрами A и B имеет cw_dist — наименьшую накопленную стоимость между ними (наименьшее значение CWD от A в ячейках B). Её нормализованный коридор наименьшей стоимости NLCC = CWD от A + CWD от B - cw_dist: он равен нулю вдоль пути наименьшей стоимости и растёт по мере удаления от него. Карта коридоров — наименьшее значение NLCC по всем сохранённым связям.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Поверхность сопротивления&lt;/b&gt;: положительное сопротивление в каждой ячейке, проекционная система координат.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ядра (ключевые участки)&lt;/b&gt; и &lt;b&gt;Поле идентификатора ядер&lt;/b&gt;: полигоны, у каждого свой идентификатор.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Связи&lt;/b&gt;: смежные ядра (их зоны соприкасаются на карте распределения по стоимости; вариант Linkage Mapper по умолчанию), все пары или k ближайших соседей каждого ядра по cw_dist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Максимальная cw_dist / euc_dist&lt;/b&gt;: более длинные связи отбрасываются (0 — без ограничения).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Отбрасывать связи, путь которых проходит через другое ядро&lt;/b&gt;: связь отбрасывается, если её путь наименьшей стоимости пересекает третье ядро.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Порог ширины коридора&lt;/b&gt;: ячейки, в которых NLCC превышает порог (в единицах стоимости), не включаются в коридор (0 — без порога).&lt;/p&gt;&lt;p&gt;Результат &lt;b&gt;Связи&lt;/b&gt;: пути наименьшей стоимости с полями from_core, to_core, cw_dist, euc_dist (от края до края), lcp_length, cwd_to_euc, cwd_to_path, kept и reason (причина, по которой связь отброшена).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="210"/>
        <source>Resistance surface</source>
        <translation>Поверхность сопротивления</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="36"/>
        <source>Core areas</source>
        <translation>Ядра (ключевые участки)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="37"/>
        <source>Core id field</source>
        <translation>Поле идентификатора ядер</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="45"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="82"/>
        <source>Adjacent cores (cost allocation)</source>
        <translation>Смежные ядра (распределение по стоимости)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="82"/>
        <source>All pairs</source>
        <translation>Все пары</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="82"/>
        <source>k nearest neighbours</source>
        <translation>k ближайших соседей</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="90"/>
        <source>k (nearest neighbours)</source>
        <translation>k (ближайших соседей)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="95"/>
        <source>Maximum cw_dist (0: none)</source>
        <translation>Максимальная cw_dist (0 — без ограничения)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="100"/>
        <source>Maximum euc_dist, map units (0: none)</source>
        <translation>Максимальная euc_dist, единицы карты (0 — без ограничения)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="109"/>
        <source>Drop links whose path crosses another core</source>
        <translation>Отбрасывать связи, путь которых проходит через другое ядро</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="114"/>
        <source>Corridor width cut-off, cost units (0: none)</source>
        <translation>Порог ширины коридора, единицы стоимости (0 — без порога)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="50"/>
        <source>Connect 4 neighbours only</source>
        <translation>Соединять только с 4 соседями</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="126"/>
        <source>Write 64-bit floating-point rasters (full precision)</source>
        <translation>Записывать растры с плавающей точкой 64 бит (полная точность)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="133"/>
        <source>Corridors</source>
        <translation>Коридоры</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="135"/>
        <source>Links kept</source>
        <translation>Сохранённые связи</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="136"/>
        <source>Links dropped</source>
        <translation>Отброшенные связи</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="148"/>
        <source>The per-core cost distances are kept on disk in {}.</source>
        <translation>Накопленные стоимости для каждого ядра хранятся на диске в {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="128"/>
        <source>core areas</source>
        <translation>ядра</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="176"/>
        <source>Grid: {}; {} core areas.</source>
        <translation>Сетка: {}; ядер: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="220"/>
        <source>{} candidate link(s): {} kept, {} dropped.</source>
        <translation>Связей-кандидатов: {}; сохранено: {}, отброшено: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="235"/>
        <source>Shortest</source>
        <translation>Самый короткий</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="235"/>
        <source>Longest</source>
        <translation>Самый длинный</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="236"/>
        <source>{} corridor: {} - {}, cw_dist {:,.1f}, path length {:,.0f}.</source>
        <translation>{} коридор: {} - {}, cw_dist {:,.1f}, длина пути {:,.0f}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="242"/>
        <source>The cores fall into {} groups that cannot reach each other: {}.</source>
        <translation>Ядра образуют группы, между которыми нет пути (число групп: {}): {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="45"/>
        <source>Source feature(s) {} have no value in the id field {}.</source>
        <translation>У объектов-источников {} нет значения в поле идентификатора {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="135"/>
        <source>Cost distance</source>
        <translation>Накопленная стоимость</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="76"/>
        <source>&lt;p&gt;Accumulated cost (cost-weighted distance) from the source features over a resistance surface, and optionally which source each cell is cheapest to reach from (allocation).&lt;/p&gt;&lt;p&gt;Moving between neighbouring cells a and b costs (resistance of a + resistance of b) / 2 times the distance between their centres: the definition of Circuitscape, Linkage Mapper (ArcGIS Cost Distance) and scikit-image MCP_Geometric. NoData cells cannot be crossed. The search is an exact Dijkstra shortest-path search.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell in a projected CRS (metres).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: points, lines or polygons; polygons take the cells whose centre lies inside, lines every cell they touch. Layers in another CRS are reprojected on the fly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source id field&lt;/b&gt;: features with the same id form one source; the allocation raster holds these ids (text ids are numbered 1..n, the log lists the numbers). Without it, every feature is a source of its own, labelled by its feature id.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect 4 neighbours only&lt;/b&gt;: orthogonal moves only (default: 8 neighbours).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum cost&lt;/b&gt;: cells beyond it are left NoData (faster on large rasters).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Write 64-bit floating-point rasters&lt;/b&gt;: full precision instead of Float32 (twice the size).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cost distance&lt;/b&gt;: Float32 raster of accumulated cost, NoData where unreachable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Allocation&lt;/b&gt;: Int32 raster of the nearest source&apos;s id.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Накопленная стоимость (взвешенное по стоимости расстояние) от объектов-источников по поверхности сопротивления и, при необходимости, источник, из которого каждая ячейка достижима с наименьшей стоимостью (распределение).&lt;/p&gt;&lt;p&gt;Переход между соседними ячейками a и b стоит (сопротивление a + сопротивление b) / 2, умноженное на расстояние между их центрами: это определение Circuitscape, Linkage Mapper (Cost Distance в ArcGIS) и MCP_Geometric в scikit-image. Ячейки NoData («нет данных») непроходимы. Поиск выполняется точным алгоритмом кратчайшего пути Дейкстры.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Поверхность сопротивления&lt;/b&gt;: положительное сопротивление в каждой ячейке, в проекционной системе координат (метры).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Источники&lt;/b&gt;: точки, линии или полигоны; полигон занимает ячейки, центры которых лежат внутри него, линия — все ячейки, которых она касается. Слои в другой системе координат перепроецируются «на лету».&lt;/p&gt;&lt;p&gt;&lt;b&gt;Поле идентификатора источников&lt;/b&gt;: объекты с одинаковым идентификатором образуют один источник; растр распределения содержит эти идентификаторы (текстовые идентификаторы нумеруются от 1 до n, нумерация выводится в журнал). Без этого поля каждый объект — отдельный источник, помеченный своим ID объекта.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Соединять только с 4 соседями&lt;/b&gt;: только ортогональные перемещения (по умолчанию — 8 соседей).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Максимальная стоимость&lt;/b&gt;: ячейки с большей стоимостью остаются NoData (быстрее на больших растрах).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Записывать растры с плавающей точкой 64 бит&lt;/b&gt;: полная точность вместо Float32 (вдвое больший размер).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Накопленная стоимость&lt;/b&gt;: растр Float32 накопленной стоимости, NoData там, где ячейка недостижима.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Распределение&lt;/b&gt;: растр Int32 с идентификатором ближайшего источника.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="98"/>
        <source>Positive resistance per cell, in a projected CRS.</source>
        <translation>Положительное сопротивление в каждой ячейке, в проекционной системе координат.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="104"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="105"/>
        <source>Source id field</source>
        <translation>Поле идентификатора источников</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="115"/>
        <source>Maximum cost (empty: no limit)</source>
        <translation>Максимальная стоимость (пусто — без ограничения)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="136"/>
        <source>Allocation (nearest source)</source>
        <translation>Распределение (ближайший источник)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="152"/>
        <source>The sources layer could not be loaded.</source>
        <translation>Не удалось загрузить слой источников.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="161"/>
        <source>sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="163"/>
        <source>{} source feature(s) lie outside the resistance surface and are ignored.</source>
        <translation>Объектов-источников вне поверхности сопротивления: {}; они не учитываются.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="169"/>
        <source>No source feature lies on the resistance surface.</source>
        <translation>Ни один объект-источник не лежит на поверхности сопротивления.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="175"/>
        <source>Allocation values: {}</source>
        <translation>Значения распределения: {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="189"/>
        <source>Grid: {}.</source>
        <translation>Сетка: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/costdistance.py" line="208"/>
        <source>{:,} of {:,} passable cells reached; largest cost {:,.2f}.</source>
        <translation>Достигнуто проходимых ячеек: {:,} из {:,}; наибольшая стоимость: {:,.2f}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="63"/>
        <source>Least-cost path</source>
        <translation>Путь наименьшей стоимости</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="43"/>
        <source>&lt;p&gt;The cheapest route across a resistance surface from a start feature to an end feature, as a line through cell centres with its accumulated cost and its length.&lt;/p&gt;&lt;p&gt;Costs follow the cost-distance definition of Circuitscape, Linkage Mapper and scikit-image MCP_Geometric: (resistance of a + resistance of b) / 2 times the step length. The path leaves the start where it is cheapest and ends in the cheapest cell of the end feature.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell in a projected CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start&lt;/b&gt; and &lt;b&gt;End&lt;/b&gt;: points, lines or polygons; all features of a layer together form the start (or end). Use &quot;Selected features only&quot; to pick one feature.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect 4 neighbours only&lt;/b&gt;: orthogonal moves only (default: 8 neighbours).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Least-cost path&lt;/b&gt;: a line with fields cost (accumulated cost), length (map units) and n_cells.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Самый дешёвый маршрут по поверхности сопротивления от начального объекта до конечного в виде линии через центры ячеек, с его накопленной стоимостью и длиной.&lt;/p&gt;&lt;p&gt;Стоимость рассчитывается по тому же определению накопленной стоимости, что в Circuitscape, Linkage Mapper и MCP_Geometric в scikit-image: (сопротивление a + сопротивление b) / 2, умноженное на длину шага. Путь выходит из начала там, где это дешевле всего, и заканчивается в самой дешёвой для достижения ячейке конечного объекта.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Поверхность сопротивления&lt;/b&gt;: положительное сопротивление в каждой ячейке, в проекционной системе координат.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Начало&lt;/b&gt; и &lt;b&gt;Конец&lt;/b&gt;: точки, линии или полигоны; все объекты слоя вместе образуют начало (или конец). Чтобы взять один объект, используйте «Только выделенные объекты».&lt;/p&gt;&lt;p&gt;&lt;b&gt;Соединять только с 4 соседями&lt;/b&gt;: только ортогональные перемещения (по умолчанию — 8 соседей).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Путь наименьшей стоимости&lt;/b&gt;: линия с полями cost (накопленная стоимость), length (в единицах карты) и n_cells.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="60"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="61"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="71"/>
        <source>No {} feature lies on the resistance surface.</source>
        <translation>Ни один объект слоя «{}» не лежит на поверхности сопротивления.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="80"/>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="81"/>
        <source>end</source>
        <translation>конец</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/leastcostpath.py" line="100"/>
        <source>Least-cost path: cost {:,.2f}, length {:,.1f} map units, {} cells.</source>
        <translation>Путь наименьшей стоимости: стоимость {:,.2f}, длина {:,.1f} ед. карты, ячеек: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/provider.py" line="44"/>
        <source>GPEC Connectivity</source>
        <translation>GPEC Connectivity</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="81"/>
        <source>&lt;p&gt;Builds a resistance surface for one species from a land-cover raster: each land-cover class gets the resistance of a table (or of a bundled training profile), roads, railways and fences are burnt in, and further rasters can be combined. The method is the usual one for Linkage Mapper and Circuitscape (Zeller, McGarigal and Whiteley 2012, Landscape Ecology 27:777-797).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Land cover&lt;/b&gt;: integer classes in a projected CRS; its NoData stays NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Species profile&lt;/b&gt;: a bundled training profile, or &quot;Resistance table&quot; to use your own.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resistance table&lt;/b&gt;: a CSV file or table layer with a class column, a resistance column and optionally a label column. An empty resistance (or NoData) makes a class impassable. Land-cover classes missing from the table stop the algorithm with a list of them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Linear features&lt;/b&gt;: line layers burnt onto the surface. Each feature&apos;s resistance is read from the resistance field when the layer has it, else the fixed value is used; likewise its width (map units). Every cell the feature&apos;s footprint touches is burnt, and lines are made 4-connected, so a barrier never leaks diagonally. &lt;b&gt;Burn mode&lt;/b&gt;: maximum (default: keep the higher of feature and land cover), replace, add or multiply.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Further rasters&lt;/b&gt; (advanced): rasters on exactly the same grid, combined by multiplication, addition or maximum; NoData anywhere gives NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: Float32 GeoTIFF, NoData -9999.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Строит поверхность сопротивления для одного вида по растру земного покрова: каждому классу земного покрова присваивается сопротивление из таблицы (или из встроенного учебного профиля), на поверхность наносятся дороги, железные дороги и ограждения, и к ней можно добавить дополнительные растры. Это обычный метод для Linkage Mapper и Circuitscape (Zeller, McGarigal, Whiteley 2012, Landscape Ecology 27:777-797).&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Земной покров&lt;/b&gt;: целочисленные классы в проекционной системе координат; его ячейки NoData («нет данных») остаются NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Профиль вида&lt;/b&gt;: встроенный учебный профиль или «Таблица сопротивлений (ниже)», чтобы использовать собственную таблицу.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Таблица сопротивлений&lt;/b&gt;: файл CSV или табличный слой со столбцом класса, столбцом сопротивления и, при необходимости, столбцом подписи. Пустое сопротивление (или NoData) делает класс непроходимым. Если каких-либо классов земного покрова нет в таблице, алгоритм останавливается и выводит их список.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Линейные объекты&lt;/b&gt;: линейные слои, наносимые на поверхность. Сопротивление каждого объекта берётся из поля сопротивления, если оно есть в слое, иначе используется фиксированное значение; так же задаётся ширина (в единицах карты). Наносятся все ячейки, которых касается контур объекта, а линии делаются 4-связными, так что барьер никогда не «протекает» по диагонали. &lt;b&gt;Режим наложения&lt;/b&gt;: maximum (по умолчанию: берётся большее из сопротивлений объекта и земного покрова), replace (замена), add (сложение) или multiply (умножение).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Дополнительные растры&lt;/b&gt; (в разделе «Дополнительные параметры»): растры точно на той же сетке, объединяемые умножением (multiply), сложением (add) или по максимуму (maximum); NoData в любом из них даёт NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Поверхность сопротивления&lt;/b&gt;: GeoTIFF Float32, NoData -9999.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="103"/>
        <source>Land cover</source>
        <translation>Земной покров</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="104"/>
        <source>Band</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="115"/>
        <source>Species profile</source>
        <translation>Профиль вида</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="115"/>
        <source>Resistance table (below)</source>
        <translation>Таблица сопротивлений (ниже)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="123"/>
        <source>Resistance table (CSV or table layer)</source>
        <translation>Таблица сопротивлений (CSV или табличный слой)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="131"/>
        <source>Class field</source>
        <translation>Поле класса</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="131"/>
        <source>Resistance field</source>
        <translation>Поле сопротивления</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="131"/>
        <source>Label field (optional)</source>
        <translation>Поле подписи (необязательно)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="146"/>
        <source>Linear features (roads, railways, fences)</source>
        <translation>Линейные объекты (дороги, железные дороги, ограждения)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="154"/>
        <source>Resistance field of the linear features</source>
        <translation>Поле сопротивления линейных объектов</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="162"/>
        <source>Resistance of linear features without that field</source>
        <translation>Сопротивление линейных объектов без этого поля</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="171"/>
        <source>Width field of the linear features (map units)</source>
        <translation>Поле ширины линейных объектов (единицы карты)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="179"/>
        <source>Width of linear features without that field (0: the line itself)</source>
        <translation>Ширина линейных объектов без этого поля (0 — только сама линия)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="188"/>
        <source>Burn mode</source>
        <translation>Режим наложения</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="193"/>
        <source>Further rasters to combine</source>
        <translation>Дополнительные растры для объединения</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="200"/>
        <source>Combine further rasters by</source>
        <translation>Способ объединения дополнительных растров</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="219"/>
        <source>Give a resistance table (CSV or table layer) or choose a bundled species profile.</source>
        <translation>Укажите таблицу сопротивлений (CSV или табличный слой) или выберите встроенный профиль вида.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="253"/>
        <source>Feature {} of {} has resistance {}; linear features need a positive resistance.</source>
        <translation>У объекта {} слоя {} сопротивление {}; сопротивление линейных объектов должно быть положительным.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="264"/>
        <source>{}: {} feature(s) to burn.</source>
        <translation>{}: объектов для наложения: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="286"/>
        <source>The land-cover raster could not be loaded.</source>
        <translation>Не удалось загрузить растр земного покрова.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="287"/>
        <source>land-cover raster</source>
        <translation>растр земного покрова</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="290"/>
        <source>further raster</source>
        <translation>дополнительный растр</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="297"/>
        <source>Every cell of the land-cover raster {} is NoData.</source>
        <translation>Все ячейки растра земного покрова {} — NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="300"/>
        <source>Resistance table: {}.</source>
        <translation>Таблица сопротивлений: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="305"/>
        <source>cells</source>
        <translation>яч.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="322"/>
        <source>{:,} cells burnt with the linear features ({}).</source>
        <translation>Ячеек с наложенными линейными объектами: {:,} (режим: {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="330"/>
        <source>Combined with {} raster(s) by {}.</source>
        <translation>Объединено с дополнительными растрами ({} шт.), способ: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="332"/>
        <source>The resistance surface would be NoData everywhere.</source>
        <translation>Поверхность сопротивления везде получилась бы NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="335"/>
        <source>Combining the rasters gives {} cell(s) with zero or negative resistance; check the further rasters.</source>
        <translation>После объединения растров получено ячеек с нулевым или отрицательным сопротивлением: {}; проверьте дополнительные растры.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistancesurface.py" line="344"/>
        <source>Resistance from {:g} to {:g}; {:,} NoData cells. Written {} ({}).</source>
        <translation>Сопротивление от {:g} до {:g}; ячеек NoData: {:,}. Записан файл {} ({}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="179"/>
        <source>kept</source>
        <translation>сохранённые</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="180"/>
        <source>dropped</source>
        <translation>отброшенные</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/polygons.py" line="52"/>
        <source>The working CRS {} is geographic (degrees). Choose a projected, equal-area CRS in metres, for example the Lambert azimuthal equal-area projection of your country or EPSG:6933.</source>
        <translation>Рабочая система координат {} — географическая (в градусах). Выберите проекционную равновеликую систему координат в метрах, например азимутальную равновеликую проекцию Ламберта для вашей страны или EPSG:6933.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/polygons.py" line="63"/>
        <source>The {} layer ({}) has no coordinate reference system. Assign its CRS (Layer Properties &gt; Source), then run again.</source>
        <translation>У слоя «{}» ({}) не задана система координат. Задайте её (Свойства слоя &gt; Источник) и запустите алгоритм снова.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/polygons.py" line="72"/>
        <source>The {} layer ({}) is in a geographic CRS ({}), measured in degrees, so distances and areas would be wrong. Set the working CRS to a projected, equal-area CRS in metres (for example the Lambert azimuthal equal-area projection of your country, or EPSG:6933), or reproject the layers with Vector &gt; Data Management Tools &gt; Reproject Layer, then run again.</source>
        <translation>Слой «{}» ({}) находится в географической системе координат ({}) с единицами в градусах, поэтому расстояния и площади будут неверными. Задайте рабочую систему координат — проекционную равновеликую в метрах (например, азимутальную равновеликую проекцию Ламберта для вашей страны или EPSG:6933) — или перепроецируйте слои инструментом «Перепроецировать слой» (Vector &gt; Data Management Tools &gt; Reproject Layer) и запустите алгоритм снова.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="120"/>
        <source>{} invalid geometr(ies) of the {} layer were repaired (feature ids {}).</source>
        <translation>Исправлено недопустимых геометрий: {} (слой «{}», ID объектов: {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/polygons.py" line="257"/>
        <source>{} node(s) get no cell of the resistance surface (they lie outside it or between cells): positions {}. Use a resistance surface that covers every node.</source>
        <translation>Узлов без ячейки поверхности сопротивления: {} (они лежат вне неё или между ячейками); позиции: {}. Используйте поверхность сопротивления, покрывающую все узлы.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/barriers.py" line="65"/>
        <source>The search radius {:g} is smaller than a cell; use a radius of at least one cell.</source>
        <translation>Радиус поиска {:g} меньше размера ячейки; задайте радиус не меньше одной ячейки.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/barriers.py" line="173"/>
        <source>Search radii must be positive.</source>
        <translation>Радиусы поиска должны быть положительными.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="161"/>
        <source>There are no kept links to look for barriers on.</source>
        <translation>Нет сохранённых связей, на которых можно искать барьеры.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/barriers.py" line="180"/>
        <source>The restored resistance must be positive.</source>
        <translation>Сопротивление после восстановления должно быть положительным.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/centrality.py" line="47"/>
        <source>The link between cores {} and {} has resistance {}; link resistances must be positive numbers.</source>
        <translation>Связь между ядрами {} и {} имеет сопротивление {}; сопротивления связей должны быть положительными числами.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/graph.py" line="50"/>
        <source>The conductance surface has {} negative cell(s); conductance must be zero or positive.</source>
        <translation>На поверхности проводимости есть ячейки с отрицательными значениями: {}; проводимость должна быть нулевой или положительной.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/graph.py" line="109"/>
        <source>The short-circuit regions must be on the grid of the resistance surface.</source>
        <translation>Области короткого замыкания должны лежать на сетке поверхности сопротивления.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/solver.py" line="68"/>
        <source>The AMG solver needs the Python package pyamg (see the README).</source>
        <translation>Для решателя AMG нужен пакет Python pyamg (см. README).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/solver.py" line="120"/>
        <source>The linear solver did not converge ({} iterations). Check the resistance surface for extreme values.</source>
        <translation>Решатель линейной системы не сошёлся (итераций: {}). Проверьте, нет ли на поверхности сопротивления экстремальных значений.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/io.py" line="74"/>
        <source>The included-pairs file is empty.</source>
        <translation>Файл включённых пар пуст.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/io.py" line="95"/>
        <source>The included-pairs file is not in Circuitscape&apos;s format: start with &quot;mode include&quot;, &quot;mode exclude&quot; or &quot;min&quot; and &quot;max&quot; lines.</source>
        <translation>Файл включённых пар не в формате Circuitscape: он должен начинаться со строк «mode include», «mode exclude» или «min» и «max».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/io.py" line="119"/>
        <source>Line {} of the source strengths file is not &quot;id strength&quot;.</source>
        <translation>Строка {} файла мощностей источников не имеет вида «id strength».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/io.py" line="123"/>
        <source>Source strengths must not be negative (line {}).</source>
        <translation>Мощности источников не должны быть отрицательными (строка {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/modes.py" line="152"/>
        <source>Unknown mode {!r}; use one of {}.</source>
        <translation>Неизвестный режим: {!r}; допустимые значения: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/modes.py" line="157"/>
        <source>Focal cells must lie on the resistance surface.</source>
        <translation>Фокальные ячейки должны лежать на поверхности сопротивления.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/modes.py" line="161"/>
        <source>The focal regions must be on the grid of the resistance surface.</source>
        <translation>Фокальные области должны лежать на сетке поверхности сопротивления.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="331"/>
        <source>At least two focal regions are needed; found {}.</source>
        <translation>Нужно не менее двух фокальных областей; найдено: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/circuit/modes.py" line="174"/>
        <source>Fewer than two focal regions lie on cells that conduct; focal regions entirely on NoData (or zero-conductance) cells: {}.</source>
        <translation>Менее двух фокальных областей лежат на проводящих ячейках; фокальные области, целиком лежащие на ячейках NoData (или с нулевой проводимостью): {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="69"/>
        <source>The {} areas must be finite and not negative.</source>
        <translation>Площади {} должны быть конечными и неотрицательными.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="110"/>
        <source>The reporting unit has no area.</source>
        <translation>Отчётная единица не имеет площади.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="112"/>
        <source>The patches ({:,.6g}) cover more than the reporting unit ({:,.6g}).</source>
        <translation>Участки ({:,.6g}) занимают больше площади, чем отчётная единица ({:,.6g}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="120"/>
        <source>Give one complete-patch area per patch piece.</source>
        <translation>Укажите по одной площади целого участка для каждой части участка.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="122"/>
        <source>A complete patch is smaller than its piece inside the unit.</source>
        <translation>Целый участок меньше своей части внутри единицы.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="61"/>
        <source>The dispersal distance must be positive (got {}). Give it in map units (metres).</source>
        <translation>Дистанция расселения должна быть положительной (получено: {}). Укажите её в единицах карты (метрах).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="173"/>
        <source>The probability must lie strictly between 0 and 1 (got {}); 0.5 at the median dispersal distance is the usual choice.</source>
        <translation>Вероятность должна быть строго между 0 и 1 (получено: {}); обычно берут 0,5 при медианной дистанции расселения.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="199"/>
        <source>The distance matrix must be square (got shape {}).</source>
        <translation>Матрица расстояний должна быть квадратной (получен размер {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="217"/>
        <source>The pair lists i, j and d must have the same length.</source>
        <translation>Списки пар i, j и d должны иметь одинаковую длину.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="219"/>
        <source>A pair refers to a node that does not exist.</source>
        <translation>Пара ссылается на несуществующий узел.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="221"/>
        <source>A pair joins a node to itself.</source>
        <translation>Пара соединяет узел с самим собой.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="229"/>
        <source>A pair of nodes appears twice in the pair list.</source>
        <translation>Пара узлов встречается в списке пар дважды.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="235"/>
        <source>The distance matrix has shape {} but there are {} nodes.</source>
        <translation>Матрица расстояний имеет размер {}, а число узлов — {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="110"/>
        <source>Distances between nodes must be zero or positive.</source>
        <translation>Расстояния между узлами должны быть нулевыми или положительными.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="272"/>
        <source>{} nodes with {} candidate links need about {} of memory but only {} is available. Set a maximum link distance (pairs farther apart are not linked directly; they still connect through stepping stones), or split the study area, then run again.</source>
        <translation>Узлов: {}, связей-кандидатов: {}; для них нужно около {} памяти, а доступно только {}. Задайте максимальную длину связи (более удалённые друг от друга пары не связываются напрямую, но по-прежнему соединяются через промежуточные участки) или разделите район исследования на части и запустите алгоритм снова.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="290"/>
        <source>Node attributes must be finite numbers (no NULL or NaN).</source>
        <translation>Атрибуты узлов должны быть конечными числами (без NULL и NaN).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="292"/>
        <source>Node attributes must be zero or positive ({} negative value(s)).</source>
        <translation>Атрибуты узлов должны быть нулевыми или положительными (отрицательных значений: {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="806"/>
        <source>The landscape area A_L ({:,.6g}) is smaller than the total node attribute ({:,.6g}). A_L is the attribute of a single patch covering the whole study area: give the study-area area (in the attribute&apos;s units).</source>
        <translation>Площадь ландшафта A_L ({:,.6g}) меньше суммарного атрибута узлов ({:,.6g}). A_L — это атрибут одного участка, покрывающего весь район исследования: укажите площадь района исследования (в единицах атрибута).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/pinchpoints.py" line="123"/>
        <source>Pinch points need a positive corridor width cut-off (cost units).</source>
        <translation>Для узких мест нужен положительный порог ширины коридора (в единицах стоимости).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="148"/>
        <source>There are no kept links to map pinch points on.</source>
        <translation>Нет сохранённых связей, для которых можно построить узкие места.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="102"/>
        <source>The {} distance matrix has shape {} where ({}, {}) is expected.</source>
        <translation>Матрица расстояний {} имеет размер {}, а ожидается ({}, {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="175"/>
        <source>Protected areas must have a finite, non-negative area.</source>
        <translation>Охраняемые территории должны иметь конечную неотрицательную площадь.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="178"/>
        <source>The region has no area.</source>
        <translation>Регион не имеет площади.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="182"/>
        <source>The protected area inside the region ({:,.6g}) exceeds the region&apos;s area ({:,.6g}); dissolve overlapping protected areas and clip them to the region first.</source>
        <translation>Площадь охраняемых территорий внутри региона ({:,.6g}) превышает площадь региона ({:,.6g}); сначала объедините перекрывающиеся охраняемые территории и обрежьте их по границе региона.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="50"/>
        <source>Barriers to restore</source>
        <translation>Барьеры для восстановления</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="53"/>
        <source>&lt;p&gt;Finds the barriers whose restoration would most improve connectivity between core areas, as Linkage Mapper&apos;s Barrier Mapper does (McRae, Hall, Beier and Theobald 2012, PLoS ONE 7(12): e52604).&lt;/p&gt;&lt;p&gt;A circular window of a given radius centred on each cell is imagined restored to the restored resistance. The least-cost path through it costs the smallest cost-weighted distance from one core to the window&apos;s edge, plus the same from the other core, plus the diameter times the restored resistance. The improvement score is how much shorter that is than the link&apos;s least-cost distance, per map unit of window diameter (or raw); the map keeps the largest score over the kept links.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt;: the links layer of Least-cost corridors (kept links), or none to find them here with the corridors&apos; defaults. &lt;b&gt;Radii&lt;/b&gt;: from the minimum to the maximum by the step, in map units (at least one cell). &lt;b&gt;Restored resistance&lt;/b&gt;: 0 means the smallest resistance of the surface. &lt;b&gt;Score per unit of window diameter&lt;/b&gt;: off gives the raw reduction of cost distance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the best score over all radii, the radius that gave it, and optionally one band per radius. Scores are never negative (Linkage Mapper keeps negative values; restoring cannot lengthen a path).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Находит барьеры, восстановление которых сильнее всего улучшило бы связность между ядрами, так же, как инструмент Barrier Mapper в Linkage Mapper (McRae, Hall, Beier, Theobald 2012, PLoS ONE 7(12): e52604).&lt;/p&gt;&lt;p&gt;Предполагается, что круглое окно заданного радиуса с центром в каждой ячейке восстановлено до сопротивления после восстановления. Путь наименьшей стоимости через это окно стоит: наименьшее взвешенное по стоимости расстояние от одного ядра до края окна плюс такое же расстояние от другого ядра плюс диаметр окна, умноженный на сопротивление после восстановления. Оценка улучшения показывает, насколько эта стоимость меньше расстояния наименьшей стоимости связи, в расчёте на единицу карты диаметра окна (или без пересчёта); на карте сохраняется наибольшая оценка по всем сохранённым связям.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Связи&lt;/b&gt;: слой связей алгоритма «Коридоры наименьшей стоимости» (сохранённые связи) или пусто, чтобы найти связи здесь с настройками коридоров по умолчанию. &lt;b&gt;Радиусы&lt;/b&gt;: от минимального до максимального с заданным шагом, в единицах карты (не меньше одной ячейки). &lt;b&gt;Сопротивление после восстановления&lt;/b&gt;: 0 означает наименьшее сопротивление поверхности. &lt;b&gt;Оценка на единицу диаметра окна&lt;/b&gt;: если параметр выключен, выдаётся абсолютное уменьшение накопленной стоимости.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Результаты&lt;/b&gt;: наилучшая оценка по всем радиусам, радиус, при котором она получена, и, при необходимости, по одному каналу на каждый радиус. Оценки никогда не бывают отрицательными (Linkage Mapper сохраняет отрицательные значения, но восстановление не может удлинить путь).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="77"/>
        <source>Minimum radius (map units)</source>
        <translation>Минимальный радиус (единицы карты)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="77"/>
        <source>Maximum radius (map units)</source>
        <translation>Максимальный радиус (единицы карты)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="77"/>
        <source>Radius step (map units)</source>
        <translation>Шаг радиуса (единицы карты)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="83"/>
        <source>Restored resistance (0: smallest of the surface)</source>
        <translation>Сопротивление после восстановления (0 — наименьшее на поверхности)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="92"/>
        <source>Score per unit of window diameter</source>
        <translation>Оценка на единицу диаметра окна</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="98"/>
        <source>Barrier improvement</source>
        <translation>Улучшение при восстановлении барьеров</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="101"/>
        <source>Radius of the best improvement</source>
        <translation>Радиус наибольшего улучшения</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="104"/>
        <source>Improvement per radius (one band each)</source>
        <translation>Улучшение по радиусам (по каналу на радиус)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="118"/>
        <source>The radii need 0 &lt; minimum &lt;= maximum; got {:g} and {:g}.</source>
        <translation>Радиусы должны удовлетворять условию 0 &lt; минимум &lt;= максимум; получено {:g} и {:g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="122"/>
        <source>The minimum radius ({:g}) must be at least one cell ({:g} map units).</source>
        <translation>Минимальный радиус ({:g}) должен быть не меньше одной ячейки ({:g} ед. карты).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="128"/>
        <source>The radius step must be above 0.</source>
        <translation>Шаг радиуса должен быть больше 0.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="131"/>
        <source>That is {} radii; use a larger step (at most 100 radii).</source>
        <translation>Получается радиусов: {}; увеличьте шаг (не более 100 радиусов).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="138"/>
        <source>links</source>
        <translation>связи</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="179"/>
        <source>{} link(s), radii {}; restored resistance {:g}.</source>
        <translation>Связей: {}, радиусы: {}; сопротивление после восстановления: {:g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="188"/>
        <source>Best improvement {:.4g} at ({:.0f}, {:.0f}), radius {:g}.</source>
        <translation>Наибольшее улучшение {:.4g} в точке ({:.0f}, {:.0f}), радиус {:g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/barriers.py" line="194"/>
        <source>No window improves any link at these radii.</source>
        <translation>Ни одно окно не улучшает ни одну связь при этих радиусах.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/base.py" line="17"/>
        <source>Resistance and cost distance</source>
        <translation>Сопротивление и накопленная стоимость</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/base.py" line="19"/>
        <source>Circuit theory</source>
        <translation>Теория электрических цепей</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/base.py" line="20"/>
        <source>Network and protected-area indicators</source>
        <translation>Индикаторы сети и охраняемых территорий</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/base.py" line="21"/>
        <source>Landscape fragmentation</source>
        <translation>Фрагментация ландшафта</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="52"/>
        <source>Centrality of cores and links</source>
        <translation>Центральность ядер и связей</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="55"/>
        <source>&lt;p&gt;Current-flow centrality of the core areas and links of a corridor network, as Linkage Mapper&apos;s Centrality Mapper computes it (Carroll, McRae and Brookes 2012, Conservation Biology 26:78-87; current-flow betweenness of Brandes and Fleischer 2005). The cores are the nodes of a resistor network whose links have the resistance of a links field; 1 A passes between every pair of cores in turn and the current through each core and link is summed. Cores and links with high centrality hold the network together.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Core areas&lt;/b&gt; and &lt;b&gt;Core id field&lt;/b&gt;: as for the corridors. &lt;b&gt;Links&lt;/b&gt;: the links layer of Least-cost corridors or Pinch points. &lt;b&gt;Link resistance field&lt;/b&gt;: cw_dist (default) or eff_resist. &lt;b&gt;Kept links only&lt;/b&gt;: leave dropped links out of the network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the cores and the links with a field cf_central. A core&apos;s current in one pair counts the ampere that enters or leaves it, as Circuitscape reports node currents.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Центральность по потоку тока для ядер и связей сети коридоров, как её рассчитывает Centrality Mapper в Linkage Mapper (Carroll, McRae, Brookes 2012, Conservation Biology 26:78-87; центральность по посредничеству на основе потока тока, Brandes, Fleischer 2005). Ядра — узлы сети резисторов, связи которой имеют сопротивление из поля слоя связей; ток 1 А поочерёдно пропускается между каждой парой ядер, и токи через каждое ядро и каждую связь суммируются. Ядра и связи с высокой центральностью удерживают сеть как единое целое.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ядра (ключевые участки)&lt;/b&gt; и &lt;b&gt;Поле идентификатора ядер&lt;/b&gt;: как для коридоров. &lt;b&gt;Связи&lt;/b&gt;: слой связей алгоритма «Коридоры наименьшей стоимости» или «Узкие места (pinch points)». &lt;b&gt;Поле сопротивления связей&lt;/b&gt;: cw_dist (по умолчанию) или eff_resist. &lt;b&gt;Только сохранённые связи&lt;/b&gt;: отброшенные связи не включаются в сеть.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Результаты&lt;/b&gt;: ядра и связи с полем cf_central. Ток ядра в одной паре учитывает ампер, который входит в ядро или выходит из него, — так Circuitscape выдаёт токи узлов.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="78"/>
        <source>Link resistance field</source>
        <translation>Поле сопротивления связей</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="88"/>
        <source>Kept links only</source>
        <translation>Только сохранённые связи</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="91"/>
        <source>Cores with centrality</source>
        <translation>Ядра с центральностью</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="92"/>
        <source>Links with centrality</source>
        <translation>Связи с центральностью</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="105"/>
        <source>Each core needs its own id in {}.</source>
        <translation>Каждому ядру нужен свой идентификатор в поле {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="111"/>
        <source>The links layer has no link to build the network from.</source>
        <translation>В слое связей нет ни одной связи для построения сети.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="114"/>
        <source>Network of {} cores and {} links, resistance from {}.</source>
        <translation>Сеть: ядер — {}, связей — {}; сопротивление из поля {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/centrality.py" line="143"/>
        <source>Most central core: {} ({:.4g}).</source>
        <translation>Самое центральное ядро: {} ({:.4g}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="34"/>
        <source>ProtConn[Within]: inside a protected area</source>
        <translation>ProtConn[Within]: внутри охраняемой территории</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="35"/>
        <source>ProtConn[Contig]: between adjoining protected areas</source>
        <translation>ProtConn[Contig]: между смежными охраняемыми территориями</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="36"/>
        <source>ProtConn[Trans]: via protected areas across the border</source>
        <translation>ProtConn[Trans]: через охраняемые территории за границей</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="37"/>
        <source>ProtConn[Unprot]: across unprotected land</source>
        <translation>ProtConn[Unprot]: через неохраняемые земли</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="38"/>
        <source>ProtUnconn: protected but not connected</source>
        <translation>ProtUnconn: охраняемые, но не связанные</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="45"/>
        <source>{:g} km</source>
        <translation>{:g} км</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="46"/>
        <source>{:g} m</source>
        <translation>{:g} м</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="81"/>
        <source>Protected connected land (ProtConn) by median dispersal distance, % of the region&apos;s area</source>
        <translation>Охраняемые связанные территории (ProtConn) по медианной дистанции расселения, % площади региона</translation>
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
        <translation>Медианная дистанция расселения</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="193"/>
        <source>GBF Target 3 (30 %)</source>
        <translation>Целевая задача 3 ГРПБ (30 %)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/charts.py" line="193"/>
        <source>Aichi Target 11 (17 %)</source>
        <translation>Айтинская целевая задача 11 (17 %)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="163"/>
        <source>{} feature(s) of the {} layer lie outside the resistance surface and are ignored.</source>
        <translation>Объектов вне поверхности сопротивления: {} (слой «{}»); они не учитываются.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="182"/>
        <source>Focal points of different ids share a cell ({}); they are 0 apart.</source>
        <translation>Фокальные точки с разными идентификаторами попадают в одну ячейку ({}); расстояние между ними равно 0.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="190"/>
        <source>Focal regions of different ids overlap ({}). Each cell can belong to one focal region only: merge or separate them.</source>
        <translation>Фокальные области с разными идентификаторами перекрываются ({}). Каждая ячейка может принадлежать только одной фокальной области: объедините или разделите их.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="207"/>
        <source>A feature could not be written: {}</source>
        <translation>Не удалось записать объект: {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="45"/>
        <source>Links (from Least-cost corridors; optional)</source>
        <translation>Связи (из «Коридоры наименьшей стоимости»; необязательно)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="55"/>
        <source>Average resistances instead of conductances</source>
        <translation>Усреднять сопротивления вместо проводимостей</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="68"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="69"/>
        <source>Direct factorisation</source>
        <translation>Прямое разложение (факторизация)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="70"/>
        <source>Multigrid (pyamg)</source>
        <translation>Многосеточный метод (pyamg)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="71"/>
        <source>Conjugate gradients (Jacobi)</source>
        <translation>Сопряжённые градиенты (Якоби)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="73"/>
        <source>Solver</source>
        <translation>Решатель</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="89"/>
        <source>Edge to edge</source>
        <translation>От края до края</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="89"/>
        <source>Centroid to centroid</source>
        <translation>Между центроидами</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="89"/>
        <source>Least-cost (resistance surface)</source>
        <translation>По наименьшей стоимости (поверхность сопротивления)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="101"/>
        <source>Distance type</source>
        <translation>Тип расстояния</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="102"/>
        <source>Resistance surface (least-cost distances)</source>
        <translation>Поверхность сопротивления (для расстояний наименьшей стоимости)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="110"/>
        <source>Working CRS (projected, equal-area)</source>
        <translation>Рабочая система координат (проекционная, равновеликая)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="226"/>
        <source>Least-cost distances need a resistance surface: choose one, or another distance type.</source>
        <translation>Для расстояний наименьшей стоимости нужна поверхность сопротивления: выберите её или другой тип расстояния.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/inputs.py" line="232"/>
        <source>The resistance surface is in {} but the analysis runs in {}. Reproject the raster (Raster &gt; Projections &gt; Warp) or set the working CRS to the raster&apos;s CRS.</source>
        <translation>Поверхность сопротивления находится в системе координат {}, а анализ выполняется в {}. Перепроецируйте растр (Растр &gt; Проекции &gt; Деформация (перепроецирование)) или задайте в качестве рабочей системы координат систему координат растра.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="56"/>
        <source>The {} raster ({}) must hold whole-number ids.</source>
        <translation>Растр «{}» ({}) должен содержать целочисленные идентификаторы.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="61"/>
        <source>{} cell(s) of the {} raster hold negative ids and are ignored.</source>
        <translation>Ячеек с отрицательными идентификаторами: {} (растр «{}»); они не учитываются.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="112"/>
        <source>Current flow (Circuitscape)</source>
        <translation>Поток тока (Circuitscape)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="115"/>
        <source>&lt;p&gt;Circuit-theory connectivity (McRae et al. 2008, Ecology 89:2712-2724) with the conventions of Circuitscape&apos;s raster modes: effective resistance between focal regions and the cumulative current density map that shows where movement is funnelled.&lt;/p&gt;&lt;p&gt;Every cell is a node; neighbouring cells are joined by the mean of their conductances (or, with &lt;b&gt;Average resistances&lt;/b&gt;, the inverse of their mean resistance), diagonal links divided by sqrt(2). Cells sharing a focal id form one focal region; cells of a short-circuit region are one node. NoData and zero-conductance cells are no nodes. Pairs in different connected components are reported as not connected (an empty value).&lt;/p&gt;&lt;h3&gt;Modes&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Pairwise&lt;/b&gt;: 1 A between every pair of focal regions; a focal region is short-circuited only while its own pair is solved. &lt;b&gt;One-to-all&lt;/b&gt;: 1 A into each focal region in turn, all the others grounded. &lt;b&gt;All-to-one&lt;/b&gt;: each focal region in turn grounded, 1 A into every other one.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt; (or conductance with &lt;b&gt;Values are conductances&lt;/b&gt;): positive values; projected CRS. &lt;b&gt;Focal regions&lt;/b&gt;: a raster of whole-number ids (0 and NoData: none) or a point / polygon layer with an id field (features with the same id are one region). &lt;b&gt;Short-circuit regions&lt;/b&gt;: optional raster of ids on the same grid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Solver&lt;/b&gt;: automatic (direct factorisation for small rasters, pyamg&apos;s algebraic multigrid when it is installed, else direct), or forced; the log says which ran.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: cumulative current density (Float32), effective resistances as CSV (pairwise: from_id,to_id,resistance; other modes: id,resistance), optionally the voltage of every run (one band per focal region) and a current map per pair (GeoTIFFs in a folder).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Связность на основе теории электрических цепей (McRae et al. 2008, Ecology 89:2712-2724) по соглашениям растровых режимов Circuitscape: эффективное сопротивление между фокальными областями и карта суммарной плотности тока, показывающая, где перемещение концентрируется в узких местах.&lt;/p&gt;&lt;p&gt;Каждая ячейка — узел; соседние ячейки соединяются со средней из их проводимостей (или, при включённом параметре &lt;b&gt;Усреднять сопротивления&lt;/b&gt;, с величиной, обратной их среднему сопротивлению), проводимость диагональных связей делится на sqrt(2). Ячейки с одинаковым фокальным идентификатором образуют одну фокальную область; ячейки области короткого замыкания образуют один узел. Ячейки NoData и ячейки с нулевой проводимостью узлами не являются. Пары в разных компонентах связности выдаются как несвязанные (пустое значение).&lt;/p&gt;&lt;h3&gt;Режимы&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Попарный&lt;/b&gt;: ток 1 А между каждой парой фокальных областей; фокальная область закорачивается только при расчёте её собственной пары. &lt;b&gt;Один ко всем&lt;/b&gt;: ток 1 А поочерёдно подаётся в каждую фокальную область, все остальные заземлены. &lt;b&gt;Все к одному&lt;/b&gt;: каждая фокальная область поочерёдно заземляется, а в каждую из остальных подаётся ток 1 А.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Поверхность сопротивления&lt;/b&gt; (или проводимости, если включён параметр &lt;b&gt;Значения — проводимости&lt;/b&gt;): положительные значения; проекционная система координат. &lt;b&gt;Фокальные области&lt;/b&gt;: растр целочисленных идентификаторов (0 и NoData — нет области) или точечный/полигональный слой с полем идентификатора (объекты с одинаковым идентификатором образуют одну область). &lt;b&gt;Области короткого замыкания&lt;/b&gt;: необязательный растр идентификаторов на той же сетке.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Решатель&lt;/b&gt;: автоматический выбор (прямое разложение для небольших растров, алгебраический многосеточный метод pyamg, если пакет установлен, иначе прямое разложение) или принудительный; в журнале указано, какой решатель использован.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Результаты&lt;/b&gt;: суммарная плотность тока (Float32), эффективные сопротивления в CSV (попарный режим: from_id,to_id,resistance; другие режимы: id,resistance), а также, при необходимости, напряжения каждого прогона (по одному каналу на фокальную область) и карта тока для каждой пары (файлы GeoTIFF в папке).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="142"/>
        <source>Values are conductances</source>
        <translation>Значения — проводимости</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="147"/>
        <source>Focal regions (raster of ids)</source>
        <translation>Фокальные области (растр идентификаторов)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="152"/>
        <source>Focal regions (points or polygons)</source>
        <translation>Фокальные области (точки или полигоны)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="157"/>
        <source>Focal region id field</source>
        <translation>Поле идентификатора фокальных областей</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="166"/>
        <source>Short-circuit regions (raster of ids)</source>
        <translation>Области короткого замыкания (растр идентификаторов)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="171"/>
        <source>Mask (cells &lt;= 0 or NoData are removed)</source>
        <translation>Маска (ячейки &lt;= 0 или NoData исключаются)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="178"/>
        <source>Included pairs (Circuitscape file)</source>
        <translation>Включённые пары (файл Circuitscape)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="188"/>
        <source>Source strengths (Circuitscape file: id strength)</source>
        <translation>Мощности источников (файл Circuitscape: id strength)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="198"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="198"/>
        <source>Pairwise</source>
        <translation>Попарный</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="198"/>
        <source>One-to-all</source>
        <translation>Один ко всем</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="198"/>
        <source>All-to-one</source>
        <translation>Все к одному</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="209"/>
        <source>Tolerance of iterative solvers</source>
        <translation>Допуск итерационных решателей</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="221"/>
        <source>Cumulative current</source>
        <translation>Суммарная плотность тока</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="224"/>
        <source>Effective resistances</source>
        <translation>Эффективные сопротивления</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="224"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="229"/>
        <source>Voltages (one-to-all and all-to-one)</source>
        <translation>Напряжения (один ко всем и все к одному)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="237"/>
        <source>Current map of every pair or run (folder)</source>
        <translation>Карта тока для каждой пары или прогона (папка)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="245"/>
        <source>Solver used</source>
        <translation>Использованный решатель</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="246"/>
        <source>Pairs or runs not connected</source>
        <translation>Несвязанные пары или прогоны</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="253"/>
        <source>Give the focal regions as a raster or as a layer, not both.</source>
        <translation>Укажите фокальные области либо растром, либо слоем, но не тем и другим одновременно.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="273"/>
        <source>focal regions</source>
        <translation>фокальные области</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="269"/>
        <source>Give the focal regions (a raster of ids or a point/polygon layer).</source>
        <translation>Укажите фокальные области (растр идентификаторов или точечный/полигональный слой).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="272"/>
        <source>focal regions raster</source>
        <translation>растр фокальных областей</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="323"/>
        <source>short-circuit regions raster</source>
        <translation>растр областей короткого замыкания</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="326"/>
        <source>mask</source>
        <translation>маска</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="336"/>
        <source>short-circuit</source>
        <translation>области короткого замыкания</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="342"/>
        <source>The mask removes {:,} cells.</source>
        <translation>Маска исключает ячеек: {:,}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="410"/>
        <source>Solver: {}; {} linear solve(s).</source>
        <translation>Решатель: {}; решений линейной системы: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="412"/>
        <source>Focal region(s) {} lie entirely on NoData cells and are reported as not connected.</source>
        <translation>Фокальные области {} целиком лежат на ячейках NoData и считаются несвязанными.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="427"/>
        <source>Effective resistance from {:.6g} to {:.6g}.</source>
        <translation>Эффективное сопротивление: от {:.6g} до {:.6g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="98"/>
        <source>The {} layer has no field {}; use the links written by the corridors algorithm.</source>
        <translation>В слое «{}» нет поля {}; используйте связи, записанные алгоритмом построения коридоров.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/links.py" line="115"/>
        <source>The {} layer names cores the core layer does not have: {}. Use the same core layer and id field as for the corridors.</source>
        <translation>В слое «{}» указаны ядра, которых нет в слое ядер: {}. Используйте тот же слой ядер и то же поле идентификатора, что и при построении коридоров.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="63"/>
        <source>Effective mesh size (landscape fragmentation)</source>
        <translation>Эффективный размер ячейки сети (фрагментация ландшафта)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="66"/>
        <source>&lt;p&gt;How much roads, railways, fences, built-up land or rivers fragment the landscape, per reporting unit: the effective mesh size m_eff of Jaeger (2000), the expected area reachable from a random point without crossing a barrier, with the cross-boundary connections (CBC) procedure of Moser et al. (2007).&lt;/p&gt;&lt;p&gt;The barriers, widened to their width, are cut out of the units; the remaining connected pieces are the patches. Cutting-out: m_eff = sum A_i^2 / A_total, the patches clipped at the unit&apos;s boundary. CBC: m_eff = sum A_i A_i_cmpl / A_total, each piece weighted by the area of its complete patch across the unit&apos;s boundary (within all units together). A_total is the whole unit, barriers included.&lt;/p&gt;&lt;p&gt;Table (areas in km2): unit, area, meff, seff (effective mesh density, meshes per 1000 km2 = 1000 / meff), neff (effective mesh number = area / meff), patches; with a proposed barrier layer also meff_after, seff_after and meff_change_pct.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Barriers&lt;/b&gt;: one or more line, polygon or point layers. Lines and points are widened to the &lt;b&gt;Barrier width&lt;/b&gt; (map units); a feature&apos;s value in the &lt;b&gt;width field&lt;/b&gt; (e.g. width_m) overrides it, and widens polygons by half of it on each side (polygons are otherwise used as they are). Lines without width still cut the land (they are drawn 1 cm wide).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Насколько дороги, железные дороги, ограждения, застроенные территории или реки фрагментируют ландшафт в каждой отчётной единице: эффективный размер ячейки сети m_eff по Jaeger (2000) — ожидаемая площадь, достижимая из случайной точки без пересечения барьера, с процедурой связей через границы (CBC) по Moser et al. (2007).&lt;/p&gt;&lt;p&gt;Барьеры, расширенные до своей ширины, вырезаются из единиц; оставшиеся связные части — это участки. Вырезание (CUT): m_eff = sum A_i^2 / A_total, участки обрезаются по границе единицы. CBC: m_eff = sum A_i A_i_cmpl / A_total, каждая часть взвешивается площадью своего целого участка с учётом его продолжения за границей единицы (в пределах всех единиц вместе). A_total — вся единица, включая барьеры.&lt;/p&gt;&lt;p&gt;Таблица (площади в км²): unit, area, meff, seff (эффективная плотность ячеек сети, число ячеек на 1000 км² = 1000 / meff), neff (эффективное число ячеек сети = area / meff), patches; при наличии слоя проектируемых барьеров также meff_after, seff_after и meff_change_pct.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Барьеры&lt;/b&gt;: один или несколько линейных, полигональных или точечных слоёв. Линии и точки расширяются до значения &lt;b&gt;Ширина барьеров&lt;/b&gt; (в единицах карты); значение объекта в &lt;b&gt;поле ширины&lt;/b&gt; (например, width_m) заменяет его, а полигоны расширяются на половину этого значения с каждой стороны (иначе полигоны используются как есть). Линии без ширины всё равно разрезают территорию (они рисуются шириной 1 см).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="86"/>
        <source>Reporting units</source>
        <translation>Отчётные единицы</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="86"/>
        <source>Unit name field</source>
        <translation>Поле названия единицы</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="90"/>
        <source>Barriers</source>
        <translation>Барьеры</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="93"/>
        <source>Barrier width (map units)</source>
        <translation>Ширина барьеров (единицы карты)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="98"/>
        <source>Barrier width field (overrides the width)</source>
        <translation>Поле ширины барьеров (заменяет ширину)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="98"/>
        <source>Name of a numeric field holding each barrier&apos;s width in map units, e.g. width_m.</source>
        <translation>Имя числового поля с шириной каждого барьера в единицах карты, например width_m.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="109"/>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="109"/>
        <source>Cutting-out (CUT)</source>
        <translation>Вырезание (CUT)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="109"/>
        <source>Cross-boundary connections (CBC)</source>
        <translation>Связи через границы (CBC)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="117"/>
        <source>Proposed barriers (before/after)</source>
        <translation>Проектируемые барьеры (до/после)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="123"/>
        <source>Effective mesh size</source>
        <translation>Эффективный размер ячейки сети</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="141"/>
        <source>reporting units</source>
        <translation>отчётные единицы</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="144"/>
        <source>Choose at least one barrier layer.</source>
        <translation>Выберите хотя бы один слой барьеров.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="155"/>
        <source>The barrier layer {} has no features.</source>
        <translation>В слое барьеров {} нет объектов.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="164"/>
        <source>{} barrier features; merging their footprints...</source>
        <translation>Объектов-барьеров: {}; объединение их контуров...</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="172"/>
        <source>proposed barriers</source>
        <translation>проектируемые барьеры</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="180"/>
        <source>The proposed barrier layer has no features; the after columns equal before.</source>
        <translation>В слое проектируемых барьеров нет объектов; столбцы «после» совпадают со столбцами «до».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="212"/>
        <source>{}: m_eff {:,.2f} km2 -&gt; {:,.2f} km2 ({:+.1f} %).</source>
        <translation>{}: m_eff {:,.2f} км² -&gt; {:,.2f} км² ({:+.1f} %).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="217"/>
        <source>{}: m_eff {:,.2f} km2, s_eff {:.3f} per 1000 km2.</source>
        <translation>{}: m_eff {:,.2f} км², s_eff {:.3f} на 1000 км².</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="118"/>
        <source>Habitat network indices (PC, IIC, ECA, dPC)</source>
        <translation>Индексы сети местообитаний (PC, IIC, ECA, dPC)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="153"/>
        <source>Patches</source>
        <translation>Участки местообитаний</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="153"/>
        <source>Habitat patches or protected areas (polygons); each feature is one node.</source>
        <translation>Участки местообитаний или охраняемые территории (полигоны); каждый объект — один узел.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="159"/>
        <source>Patch id field (labels the links; empty: feature id)</source>
        <translation>Поле идентификатора участков (подписи связей; пусто — ID объекта)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="168"/>
        <source>Attribute field (empty: area in m2)</source>
        <translation>Поле атрибута (пусто — площадь в м²)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="168"/>
        <source>Node attribute a_i, e.g. a quality-weighted area. Empty: the patch area.</source>
        <translation>Атрибут узла a_i, например площадь, взвешенная по качеству местообитания. Пусто — площадь участка.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="182"/>
        <source>Dispersal distance (map units)</source>
        <translation>Дистанция расселения (единицы карты)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="182"/>
        <source>The distance at which the direct probability equals Probability (the median dispersal distance for 0.5); also the threshold of IIC&apos;s binary links.</source>
        <translation>Расстояние, на котором прямая вероятность равна параметру «Вероятность на этом расстоянии» (медианная дистанция расселения при 0,5); также порог бинарных связей для IIC.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="146"/>
        <source>Probability at that distance</source>
        <translation>Вероятность на этом расстоянии</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="214"/>
        <source>Maximum link distance (0: none)</source>
        <translation>Максимальная длина связи (0 — без ограничения)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="223"/>
        <source>Landscape area A_L, m2 (0: study area or total)</source>
        <translation>Площадь ландшафта A_L, м² (0 — район исследования или сумма атрибутов)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="232"/>
        <source>Study area (for A_L)</source>
        <translation>Район исследования (для A_L)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="237"/>
        <source>Distances and areas are computed in this CRS; empty: the CRS of the patches.</source>
        <translation>Расстояния и площади вычисляются в этой системе координат; пусто — система координат участков.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="242"/>
        <source>Tolerance of the importance values</source>
        <translation>Допуск значений важности</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="242"/>
        <source>Pairs of patches so improbable that together they could change no dPC by more than 100 x tolerance percentage points are left out of the stepping-stone search. 0: exact.</source>
        <translation>Пары участков, настолько маловероятные, что вместе они не могут изменить ни одно значение dPC более чем на 100 x допуск процентных пунктов, исключаются из поиска путей через промежуточные участки. 0 — точный расчёт.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="259"/>
        <source>Nodes with importance</source>
        <translation>Узлы со значениями важности</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="265"/>
        <source>Summary</source>
        <translation>Сводка</translation>
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
        <translation>Компоненты</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="308"/>
        <source>patches</source>
        <translation>участки</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="313"/>
        <source>area (m2)</source>
        <translation>площадь (м²)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="369"/>
        <source>{} patch(es) have no value in the attribute field {} (feature ids {}). Fill them in.</source>
        <translation>Участков без значения в поле атрибута: {} (поле {}, ID объектов: {}). Заполните эти значения.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="386"/>
        <source>study area</source>
        <translation>район исследования</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="481"/>
        <source>PC = {:.6g}, ECA(PC) = {:,.6g}; IIC = {:.6g}, ECA(IIC) = {:,.6g}; {} component(s).</source>
        <translation>PC = {:.6g}, ECA(PC) = {:,.6g}; IIC = {:.6g}, ECA(IIC) = {:,.6g}; компонентов: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="487"/>
        <source>{:,} links were written; set a maximum link distance for a lighter link layer.</source>
        <translation>Записано связей: {:,}; чтобы слой связей был легче, задайте максимальную длину связи.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="496"/>
        <source>Most important patches (dPC): {}.</source>
        <translation>Наиболее важные участки (dPC): {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="105"/>
        <source>Pinch points</source>
        <translation>Узкие места (pinch points)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="64"/>
        <source>&lt;p&gt;Where movement is funnelled inside least-cost corridors, as Linkage Mapper&apos;s Pinchpoint Mapper maps it (McRae 2012; circuit theory of McRae et al. 2008). For every kept link, the corridor is truncated where its normalized least-cost corridor exceeds the width cut-off, and Circuitscape&apos;s pairwise current flows between the link&apos;s two cores inside it (each core one short-circuited focal region). The current maps of all links are combined by their maximum; each link&apos;s own cores are left NoData.&lt;/p&gt;&lt;p&gt;The links table gains eff_resist (the link&apos;s effective resistance times the cell size, comparable with cw_dist, as Linkage Mapper reports it) and cwd_to_eff_resist = cw_dist / eff_resist: about 1 for a single narrow route, higher when the corridor offers many alternative routes (its effective resistance is then far below cw_dist).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;, &lt;b&gt;Core areas&lt;/b&gt; and &lt;b&gt;Core id field&lt;/b&gt;: as for the corridors. &lt;b&gt;Links&lt;/b&gt;: the links layer written by Least-cost corridors (its kept links are used); without it the links are found here with the corridors&apos; defaults (adjacent cores, links through other cores dropped). &lt;b&gt;Corridor width cut-off&lt;/b&gt;: in cost units. &lt;b&gt;All-to-one&lt;/b&gt;: also solve all cores at once in all-to-one mode across the whole truncated corridor network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Показывает, где перемещение концентрируется внутри коридоров наименьшей стоимости, так же, как Pinchpoint Mapper в Linkage Mapper (McRae 2012; теория электрических цепей McRae et al. 2008). Для каждой сохранённой связи коридор обрезается там, где его нормализованный коридор наименьшей стоимости превышает порог ширины, и внутри него рассчитывается попарный ток Circuitscape между двумя ядрами связи (каждое ядро — одна закороченная фокальная область). Карты тока всех связей объединяются по максимуму; собственные ядра каждой связи остаются NoData.&lt;/p&gt;&lt;p&gt;В таблицу связей добавляются поля eff_resist (эффективное сопротивление связи, умноженное на размер ячейки, сопоставимое с cw_dist, как в Linkage Mapper) и cwd_to_eff_resist = cw_dist / eff_resist: около 1 для единственного узкого маршрута и больше, когда коридор предлагает много альтернативных маршрутов (тогда его эффективное сопротивление намного меньше cw_dist).&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Поверхность сопротивления&lt;/b&gt;, &lt;b&gt;Ядра (ключевые участки)&lt;/b&gt; и &lt;b&gt;Поле идентификатора ядер&lt;/b&gt;: как для коридоров. &lt;b&gt;Связи&lt;/b&gt;: слой связей, записанный алгоритмом «Коридоры наименьшей стоимости» (используются его сохранённые связи); без него связи находятся здесь с настройками коридоров по умолчанию (смежные ядра, связи через другие ядра отбрасываются). &lt;b&gt;Порог ширины коридора&lt;/b&gt;: в единицах стоимости. &lt;b&gt;Все к одному&lt;/b&gt;: дополнительно рассчитать все ядра одновременно в режиме «все к одному» по всей обрезанной сети коридоров.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="88"/>
        <source>Corridor width cut-off, cost units</source>
        <translation>Порог ширины коридора, единицы стоимости</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="97"/>
        <source>Also solve all cores at once (all-to-one)</source>
        <translation>Также рассчитать все ядра одновременно (все к одному)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="108"/>
        <source>Links with effective resistance</source>
        <translation>Связи с эффективным сопротивлением</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="111"/>
        <source>All-to-one current</source>
        <translation>Ток в режиме «все к одному»</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="133"/>
        <source>Set a corridor width cut-off (cost units) above 0.</source>
        <translation>Задайте порог ширины коридора (в единицах стоимости) больше 0.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="149"/>
        <source>{} kept link(s); corridors truncated at {:g} cost units.</source>
        <translation>Сохранённых связей: {}; коридоры обрезаны на уровне {:g} ед. стоимости.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="169"/>
        <source>Solver: {}.</source>
        <translation>Решатель: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/pinchpoints.py" line="184"/>
        <source>Link {} - {}: cw_dist {:,.1f}, eff_resist {:,.1f}, cwd_to_eff_resist {:.3g}.</source>
        <translation>Связь {} - {}: cw_dist {:,.1f}, eff_resist {:,.1f}, cwd_to_eff_resist {:.3g}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="54"/>
        <source>&apos;{}&apos; is not a distance. Give the dispersal distances as numbers separated by commas.</source>
        <translation>«{}» — не расстояние. Укажите дистанции расселения числами через запятую.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="69"/>
        <source>Give at least one dispersal distance, e.g. 10000.</source>
        <translation>Укажите хотя бы одну дистанцию расселения, например 10000.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="100"/>
        <source>Protected connected land (ProtConn)</source>
        <translation>Охраняемые связанные территории (ProtConn)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="128"/>
        <source>Protected areas</source>
        <translation>Охраняемые территории</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="131"/>
        <source>Reporting regions</source>
        <translation>Отчётные регионы</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="131"/>
        <source>Region name field</source>
        <translation>Поле названия региона</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="135"/>
        <source>Median dispersal distances (comma-separated, map units)</source>
        <translation>Медианные дистанции расселения (через запятую, единицы карты)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="135"/>
        <source>For example 1000, 10000, 100000 for 1, 10 and 100 km.</source>
        <translation>Например, 1000, 10000, 100000 для 1, 10 и 100 км.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="151"/>
        <source>Transboundary protected areas act as stepping stones</source>
        <translation>Трансграничные охраняемые территории служат промежуточными участками</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="158"/>
        <source>Transboundary buffer (map units)</source>
        <translation>Трансграничный буфер (единицы карты)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="170"/>
        <source>ProtConn table</source>
        <translation>Таблица ProtConn</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="173"/>
        <source>Regions with ProtConn (last distance)</source>
        <translation>Регионы с ProtConn (последнее расстояние)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="181"/>
        <source>Charts folder (PNG and SVG)</source>
        <translation>Папка диаграмм (PNG и SVG)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="198"/>
        <source>input</source>
        <translation>входные данные</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="215"/>
        <source>regions</source>
        <translation>регионы</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="217"/>
        <source>protected areas</source>
        <translation>охраняемые территории</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="218"/>
        <source>Dissolving {} protected areas...</source>
        <translation>Объединение охраняемых территорий (объектов: {})...</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="220"/>
        <source>{} protected polygons form {} units once overlapping and adjoining areas are merged.</source>
        <translation>Охраняемые полигоны ({}) после слияния перекрывающихся и смежных территорий образуют единиц: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="246"/>
        <source>Region {} has no area; it is skipped.</source>
        <translation>Регион {} не имеет площади; он пропущен.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="250"/>
        <source>{}: Prot {:.2f} %, ProtConn {:.2f} % at {:g} ({} protected units, {} transboundary).</source>
        <translation>{}: Prot {:.2f} %, ProtConn {:.2f} % при {:g} (охраняемых единиц: {}, трансграничных: {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="339"/>
        <source>ProtConn: {}</source>
        <translation>ProtConn: {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="346"/>
        <source>{} chart(s) written to {}.</source>
        <translation>Записано диаграмм: {}; папка: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="107"/>
        <source>patch</source>
        <translation>фрагментов</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/meshsize.py" line="118"/>
        <source>complete patch</source>
        <translation>полных фрагментов</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="190"/>
        <source>protected-area</source>
        <translation>между охраняемыми территориями</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/protconn.py" line="218"/>
        <source>region part</source>
        <translation>между частями региона</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="157"/>
        <source>The barrier layer {} has no field {}; its features take the default width.</source>
        <translation>В слое барьеров {} нет поля {}; его объекты получают ширину по умолчанию.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="110"/>
        <source>{} geometr(ies) of the {} layer are invalid and cannot be repaired (feature ids {}). Fix them (Vector geometry &gt; Fix geometries, or edit them) or remove them, then run again.</source>
        <translation>Недействительных геометрий: {} в слое «{}»; их нельзя исправить (идентификаторы объектов: {}). Исправьте их (Геометрия &gt; Исправить геометрии или вручную) или удалите, затем запустите снова.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="160"/>
        <source>Feature {} of the {} has {} = {!r}, which is not a positive number; the default is used.</source>
        <translation>Объект {} слоя «{}» имеет {} = {!r}, что не является положительным числом; используется значение по умолчанию.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/features.py" line="164"/>
        <source>Feature {} of the {} has {} = {!r}, which is not a number; the default is used.</source>
        <translation>Объект {} слоя «{}» имеет {} = {!r}, что не является числом; используется значение по умолчанию.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="221"/>
        <source>These areas lie entirely on NoData cells of the resistance surface, so nothing can leave them: {}. Check that the areas and the resistance surface cover the same ground, or leave these out.</source>
        <translation>Эти территории целиком лежат на ячейках NoData поверхности сопротивления, поэтому из них ничто не может выйти: {}. Проверьте, что территории и поверхность сопротивления покрывают одну и ту же местность, или исключите их.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="139"/>
        <source>The resistance surface has {} cell(s) with zero or negative resistance (smallest {:g}). Resistance must be positive: set those cells to a small positive value (in circuit theory, a short-circuit region joins cells at no cost), or to NoData if they cannot be crossed.</source>
        <translation>В поверхности сопротивления есть ячейки с нулевым или отрицательным сопротивлением ({} шт., наименьшее значение {:g}). Сопротивление должно быть положительным: задайте этим ячейкам небольшое положительное значение (в теории цепей область короткого замыкания соединяет ячейки без затрат) или NoData, если их нельзя пересечь.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/network.py" line="705"/>
        <source>The IIC link distance must be positive, or 0 for the dispersal distance (got {}). Give it in map units (metres).</source>
        <translation>Длина связи IIC должна быть положительной (или 0 — тогда берётся дистанция расселения); получено: {}. Укажите её в единицах карты (метрах).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="422"/>
        <source>{} of {} pairs connected.</source>
        <translation>Связано пар: {} из {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/currentflow.py" line="424"/>
        <source>{} of {} focal regions connected.</source>
        <translation>Связано фокальных областей: {} из {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/meshsize.py" line="207"/>
        <source>{}: m_eff {:,.2f} km2 -&gt; {:,.2f} km2 (no relative change: the unit was entirely barrier before).</source>
        <translation>{}: m_eff {:,.2f} км² -&gt; {:,.2f} км² (относительного изменения нет: прежде вся единица была барьером).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="121"/>
        <source>&lt;p&gt;Connectivity of a network of habitat patches or protected areas, as Conefor computes it: the Probability of Connectivity (PC), the Integral Index of Connectivity (IIC), their Equivalent Connected Area (ECA) and the importance of every patch and link (Saura and Pascual-Hortal 2007; Saura and Rubio 2010; Saura et al. 2011).&lt;/p&gt;&lt;p&gt;PC = sum of a_i a_j p*_ij / A_L^2, where p*_ij is the best product of direct probabilities p_ij = exp(-k d_ij) along any path (stepping stones count) and k makes the probability equal to &lt;b&gt;Probability&lt;/b&gt; at the &lt;b&gt;Dispersal distance&lt;/b&gt;. IIC = sum of a_i a_j / (1 + nl_ij) / A_L^2 with nl_ij the number of links on the shortest path through binary links d_ij &amp;lt;= the dispersal distance. ECA = sqrt(sum a_i a_j p*_ij).&lt;/p&gt;&lt;p&gt;For each patch: dPC, the percentage of PC lost if the patch disappeared, split into dPCintra (its own area), dPCflux (what flows from and to it) and dPCconnector (its role as a stepping stone between others); dIIC likewise; bc_pc, the sum of a_i a_j p*_ij over the pairs whose best path passes through it (Bodin and Saura 2010). For each link: p_ij, p*_ij and the dPC of the link.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Patches&lt;/b&gt;: polygons in a projected CRS (or set the &lt;b&gt;Working CRS&lt;/b&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Attribute field&lt;/b&gt;: empty for the patch area in m2, or a field (quality-weighted area).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distance type&lt;/b&gt;: edge to edge (default), between centroids, least-cost over a &lt;b&gt;Resistance surface&lt;/b&gt; (cost units), or between centroids replaced by a point on the surface where the centroid falls outside the patch (crescents, rings; as Makurhini).&lt;/p&gt;&lt;p&gt;&lt;b&gt;IIC link distance&lt;/b&gt;: the threshold of IIC&apos;s binary links when it differs from the dispersal distance (Conefor&apos;s -confAdj and -confProb); 0 takes the dispersal distance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum link distance&lt;/b&gt;: pairs farther apart get no direct link (0: every pair); needed for large networks.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Landscape area&lt;/b&gt; A_L (m2): 0 takes the area of the &lt;b&gt;Study area&lt;/b&gt; if given, else the total attribute.&lt;/p&gt;&lt;p&gt;Outputs: the patches with the fields attribute, component, d_iic (and fractions), d_pc, d_pc_intra, d_pc_flux, d_pc_connector, bc_pc; the links; a one-row table with iic, pc, eca_pc, eca_iic and components (groups of patches joined by binary links).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Связность сети участков местообитаний или охраняемых территорий в расчёте Conefor: вероятность связности (PC), интегральный индекс связности (IIC), их эквивалентная связанная площадь (ECA) и важность каждого участка и каждой связи (Saura, Pascual-Hortal 2007; Saura, Rubio 2010; Saura et al. 2011).&lt;/p&gt;&lt;p&gt;PC = сумма a_i a_j p*_ij / A_L^2, где p*_ij — наибольшее произведение прямых вероятностей p_ij = exp(-k d_ij) вдоль любого пути (промежуточные участки учитываются), а k выбирается так, чтобы вероятность равнялась значению &lt;b&gt;Вероятность&lt;/b&gt; на расстоянии &lt;b&gt;Дистанция расселения&lt;/b&gt;. IIC = сумма a_i a_j / (1 + nl_ij) / A_L^2, где nl_ij — число связей на кратчайшем пути по бинарным связям d_ij &lt;= дистанции расселения. ECA = sqrt(сумма a_i a_j p*_ij).&lt;/p&gt;&lt;p&gt;Для каждого участка: dPC — доля PC в процентах, которая будет потеряна при исчезновении участка, с разложением на dPCintra (его собственная площадь), dPCflux (потоки от него и к нему) и dPCconnector (его роль промежуточного участка между другими); аналогично dIIC; bc_pc — сумма a_i a_j p*_ij по парам, лучший путь которых проходит через него (Bodin, Saura 2010). Для каждой связи: p_ij, p*_ij и dPC связи.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Участки местообитаний&lt;/b&gt;: полигоны в проекционной системе координат (или задайте &lt;b&gt;Рабочую систему координат&lt;/b&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Поле атрибута&lt;/b&gt;: пусто — площадь участка в м², или поле (площадь, взвешенная по качеству).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Тип расстояния&lt;/b&gt;: от края до края (по умолчанию), между центроидами, наименьшей стоимости по &lt;b&gt;Поверхности сопротивления&lt;/b&gt; (в единицах стоимости) или между центроидами, которые заменяются точкой на поверхности, если центроид лежит вне участка (серпы, кольца; как в Makurhini).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Длина связи IIC&lt;/b&gt;: порог бинарных связей IIC, если он отличается от дистанции расселения (-confAdj и -confProb в Conefor); 0 — берётся дистанция расселения.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Максимальная длина связи&lt;/b&gt;: более удалённые пары не получают прямой связи (0 — все пары); нужна для больших сетей.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Площадь ландшафта&lt;/b&gt; A_L (м²): 0 — берётся площадь &lt;b&gt;Района исследования&lt;/b&gt;, если он задан, иначе сумма атрибутов.&lt;/p&gt;&lt;p&gt;Результаты: участки с полями attribute, component, d_iic (и его составляющие), d_pc, d_pc_intra, d_pc_flux, d_pc_connector, bc_pc; связи; таблица из одной строки с iic, pc, eca_pc, eca_iic и components (группы участков, соединённых бинарными связями).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="193"/>
        <source>IIC link distance (map units; 0: the dispersal distance)</source>
        <translation>Длина связи IIC (единицы карты; 0 — дистанция расселения)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="193"/>
        <source>Pairs at most this far apart are IIC&apos;s binary links (and define the components); empty or 0: the dispersal distance. PC does not depend on it.</source>
        <translation>Пары, удалённые друг от друга не более чем на это расстояние, образуют бинарные связи IIC (и определяют компоненты); пусто или 0 — дистанция расселения. PC от неё не зависит.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="313"/>
        <source>{} nodes, attribute {}, A_L = {:,.6g}; dispersal distance {:g} (p = {:g}).</source>
        <translation>Узлов: {}, атрибут {}, A_L = {:,.6g}; дистанция расселения {:g} (p = {:g}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/networkmetrics.py" line="318"/>
        <source>Distance type: {}.</source>
        <translation>Тип расстояния: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/parameters.py" line="89"/>
        <source>Centroid, or a point on the surface where the centroid falls outside the patch (Makurhini)</source>
        <translation>Центроид или точка на поверхности, если центроид лежит вне участка (Makurhini)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/protconn.py" line="103"/>
        <source>&lt;p&gt;How much of each region (country, province, ecoregion) is covered by protected areas that are connected to each other: the ProtConn indicator of Saura et al. (2017, 2018), a component indicator of Target 3 of the Kunming-Montreal Global Biodiversity Framework, with the fractions that the Makurhini R package reports.&lt;/p&gt;&lt;p&gt;Overlapping and adjoining protected areas are dissolved into units first (multipart areas are split into their parts); each unit&apos;s area inside the region is its attribute. With the &lt;b&gt;transboundary&lt;/b&gt; option, protected land outside the region but within the buffer takes part as stepping stones with zero attribute. ECA = sqrt(sum a_i a_j p*_ij) with p_ij = exp(-k d_ij) and p = &lt;b&gt;Probability&lt;/b&gt; at the median dispersal distance.&lt;/p&gt;&lt;p&gt;All fields are percentages of the region&apos;s area: prot (protected), unprot, protconn = 100 ECA / area, protunconn = prot - protconn; protconn = protconn_prot (movement within protected land) + protconn_trans (through transboundary protected areas) + protconn_unprot (across unprotected land); protconn_prot = protconn_within (inside single protected areas) + protconn_contig (between adjoining ones); protconn_bound, ProtConn corrected for the unconnectedness due to the region&apos;s own boundaries (islands, coasts). eca and region_area are in km2.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Dispersal distances&lt;/b&gt;: one or more, separated by commas, in map units (e.g. 1000, 10000, 100000).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distance type&lt;/b&gt;: edge to edge (default), centroid, least-cost over a resistance surface, or centroid with a point on the surface where the centroid falls outside the area (Makurhini).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Charts folder&lt;/b&gt;: one PNG and one SVG bar chart per region.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Какая часть каждого региона (страны, области, экорегиона) покрыта связанными между собой охраняемыми территориями: индикатор ProtConn (Saura et al. 2017, 2018), компонентный индикатор целевой задачи 3 Куньминско-Монреальской глобальной рамочной программы в области биоразнообразия, с составляющими, которые выдаёт пакет R Makurhini.&lt;/p&gt;&lt;p&gt;Сначала перекрывающиеся и смежные охраняемые территории объединяются в единицы (многочастные территории разбиваются на части); атрибут каждой единицы — её площадь внутри региона. При &lt;b&gt;трансграничном&lt;/b&gt; варианте охраняемые земли вне региона, но в пределах буфера, участвуют как промежуточные участки с нулевым атрибутом. ECA = sqrt(сумма a_i a_j p*_ij), где p_ij = exp(-k d_ij), а p = &lt;b&gt;Вероятность&lt;/b&gt; при медианной дистанции расселения.&lt;/p&gt;&lt;p&gt;Все поля — проценты площади региона: prot (охраняемая), unprot, protconn = 100 ECA / площадь, protunconn = prot - protconn; protconn = protconn_prot (перемещение в пределах охраняемых земель) + protconn_trans (через трансграничные охраняемые территории) + protconn_unprot (через неохраняемые земли); protconn_prot = protconn_within (внутри отдельных охраняемых территорий) + protconn_contig (между смежными); protconn_bound — ProtConn с поправкой на несвязанность из-за собственных границ региона (острова, побережья). eca и region_area — в км².&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Дистанции расселения&lt;/b&gt;: одна или несколько через запятую, в единицах карты (например, 1000, 10000, 100000).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Тип расстояния&lt;/b&gt;: от края до края (по умолчанию), между центроидами, наименьшей стоимости по поверхности сопротивления или центроид с заменой на точку на поверхности, если центроид лежит вне территории (Makurhini).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Папка диаграмм&lt;/b&gt;: одна столбчатая диаграмма PNG и одна SVG на каждый регион.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="70"/>
        <source>up to {}</source>
        <translation>до {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>lowest</source>
        <translation>минимум</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>top 25 %</source>
        <translation>верхние 25 %</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>top 10 %</source>
        <translation>верхние 10 %</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>top 3 %</source>
        <translation>верхние 3 %</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="117"/>
        <source>highest</source>
        <translation>максимум</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="129"/>
        <source>{}: {} A</source>
        <translation>{}: {} А</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="140"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="164"/>
        <source>{} to {} %</source>
        <translation>от {} до {} %</translation>
    </message>
</context>
</TS>
