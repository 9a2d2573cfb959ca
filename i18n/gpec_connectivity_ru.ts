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
        <location filename="../gpec_connectivity/adapters/raster.py" line="143"/>
        <source>The raster {} has an unsupported data type; use an integer or floating-point band.</source>
        <translation>Растр {} имеет неподдерживаемый тип данных; используйте целочисленный канал или канал с плавающей точкой.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="152"/>
        <source>The raster {} could not be read.</source>
        <translation>Не удалось прочитать растр {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="171"/>
        <source>{} cell(s) of {} hold NaN; they are treated as NoData.</source>
        <translation>Ячеек со значением NaN: {} (растр {}); они считаются NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/raster.py" line="203"/>
        <source>No GDAL driver can write {}.</source>
        <translation>Ни один драйвер GDAL не может записать {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/vector.py" line="34"/>
        <source>{} is reprojected on the fly from {} to {}.</source>
        <translation>Слой {} перепроецируется «на лету» из {} в {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/adapters/vector.py" line="99"/>
        <source>The features could not be rasterised (GDAL error {}).</source>
        <translation>Не удалось растеризовать объекты (ошибка GDAL {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="279"/>
        <source>The core raster and the resistance surface must have the same shape.</source>
        <translation>Растр ядер и поверхность сопротивления должны иметь одинаковый размер.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="283"/>
        <source>Unknown link selection {!r}; use one of {}.</source>
        <translation>Неизвестный способ выбора связей: {!r}; допустимые значения: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="287"/>
        <source>The number of nearest neighbours must be at least 1.</source>
        <translation>Число ближайших соседей должно быть не меньше 1.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="290"/>
        <source>At least two core areas are needed to map corridors; found {}.</source>
        <translation>Для построения коридоров нужно не менее двух ядер; найдено: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="297"/>
        <source>Core(s) {} lie entirely on NoData cells of the resistance surface, so nothing can leave them. Check that the cores and the resistance surface cover the same area.</source>
        <translation>Ядра {} целиком лежат на ячейках NoData поверхности сопротивления, поэтому из них невозможно выйти. Проверьте, что ядра и поверхность сопротивления покрывают одну и ту же территорию.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/corridors.py" line="311"/>
        <source>The Euclidean distance matrix must be {0} x {0}.</source>
        <translation>Матрица евклидовых расстояний должна иметь размер {0} x {0}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="89"/>
        <source>The cell size must be positive, got {}.</source>
        <translation>Размер ячейки должен быть положительным; получено: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="125"/>
        <source>The resistance surface must be a non-empty two-dimensional raster.</source>
        <translation>Поверхность сопротивления должна быть непустым двумерным растром.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="131"/>
        <source>Every cell of the resistance surface is NoData: there is nothing to move through.</source>
        <translation>Все ячейки поверхности сопротивления — NoData: перемещение по ней невозможно.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="137"/>
        <source>The resistance surface has {} cell(s) with zero or negative resistance (smallest {:g}). Resistance must be positive: set those cells to a small positive value, or to NoData if they cannot be crossed.</source>
        <translation>На поверхности сопротивления есть ячейки с нулевым или отрицательным сопротивлением: {} (наименьшее значение {:g}). Сопротивление должно быть положительным: задайте этим ячейкам небольшое положительное значение или NoData, если через них нельзя пройти.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="211"/>
        <source>The sources ({}) and the resistance surface ({}) must have the same shape.</source>
        <translation>Источники ({}) и поверхность сопротивления ({}) должны иметь одинаковый размер.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="247"/>
        <source>No source lies on a passable cell: every source cell is NoData or outside the raster.</source>
        <translation>Ни один источник не лежит на проходимой ячейке: все ячейки источников — NoData или находятся вне растра.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="267"/>
        <source>stop_at must have the shape of the resistance surface.</source>
        <translation>stop_at должен иметь размер поверхности сопротивления.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="402"/>
        <source>The end feature lies entirely on NoData or outside the raster.</source>
        <translation>Конечный объект целиком лежит на ячейках NoData или вне растра.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/core/costdistance.py" line="416"/>
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
        <location filename="../gpec_connectivity/processing/common.py" line="38"/>
        <source>The resistance surface could not be loaded.</source>
        <translation>Не удалось загрузить поверхность сопротивления.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="39"/>
        <source>resistance surface</source>
        <translation>поверхность сопротивления</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="65"/>
        <source>The {} layer has no features with a geometry.</source>
        <translation>В слое «{}» нет объектов с геометрией.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="73"/>
        <source>The {} layer could not be loaded.</source>
        <translation>Не удалось загрузить слой «{}».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="91"/>
        <source>Choose the id field of the {} layer.</source>
        <translation>Выберите поле идентификатора для слоя «{}».</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="97"/>
        <source>{} feature(s) of the {} layer have an empty id in {} (feature ids {}). Give every feature an id.</source>
        <translation>Объектов с пустым идентификатором: {} (слой «{}», поле {}, ID объектов: {}). Задайте идентификатор каждому объекту.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="111"/>
        <source>The ids {} appear more than once in the field {} of the {} layer. Each feature needs its own id (merge the parts of one area with Dissolve first).</source>
        <translation>Идентификаторы {} встречаются несколько раз в поле {} слоя «{}». У каждого объекта должен быть свой идентификатор (сначала объедините части одного участка инструментом «Объединение по признаку»).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="121"/>
        <source>The {} {} lie outside the resistance surface. Remove them (or select the others and use &quot;Selected features only&quot;), or use a resistance surface that covers them.</source>
        <translation>Объекты слоя «{}» с идентификаторами {} лежат вне поверхности сопротивления. Удалите их (или выделите остальные и включите «Только выделенные объекты») либо используйте поверхность сопротивления, которая их покрывает.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="132"/>
        <source>{} {} extend beyond the resistance surface; only their part on it is used: {}.</source>
        <translation>Объектов, выходящих за пределы поверхности сопротивления: {} (слой «{}»); используется только их часть на поверхности: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="143"/>
        <source>The {} {} get no raster cell of their own: they lie inside another one or between cells. Merge overlapping areas or use a finer resistance surface.</source>
        <translation>Объектам слоя «{}» с идентификаторами {} не досталось ни одной собственной ячейки растра: они лежат внутри другого объекта или между ячейками. Объедините перекрывающиеся участки или используйте поверхность сопротивления с более мелкими ячейками.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/common.py" line="153"/>
        <source>{} pair(s) of {} overlap ({}); each shared cell belongs to one of them.</source>
        <translation>Пар перекрывающихся объектов: {} (слой «{}»: {}); каждая общая ячейка отнесена только к одному из них.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="42"/>
        <source>not connected: NoData separates the cores</source>
        <translation>нет связи: ядра разделены ячейками NoData</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="44"/>
        <source>cw_dist above the maximum ({:g})</source>
        <translation>cw_dist больше максимума ({:g})</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="46"/>
        <source>euc_dist above the maximum ({:g})</source>
        <translation>euc_dist больше максимума ({:g})</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="47"/>
        <source>least-cost path passes through core {}</source>
        <translation>путь наименьшей стоимости проходит через ядро {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="76"/>
        <source>Least-cost corridors</source>
        <translation>Коридоры наименьшей стоимости</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="79"/>
        <source>&lt;p&gt;Maps least-cost corridors between core areas (protected areas, habitat cores) and the links of the network, the way Linkage Mapper&apos;s Linkage Pathways does (McRae and Kavanagh 2011).&lt;/p&gt;&lt;p&gt;For every core a cost-weighted distance (CWD) map is computed. A link between cores A and B has cw_dist = the least-cost distance between them (the smallest CWD from A over the cells of B). Its normalized least-cost corridor is NLCC = CWD from A + CWD from B - cw_dist: zero along the least-cost path, growing away from it. The corridor map is the smallest NLCC over the kept links.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell, projected CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Core areas&lt;/b&gt; and &lt;b&gt;Core id field&lt;/b&gt;: polygons, each with its own id.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt;: adjacent cores (their areas touch in the cost-allocation map; Linkage Mapper&apos;s default), all pairs, or each core&apos;s k nearest neighbours by cw_dist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum cw_dist / euc_dist&lt;/b&gt;: drop longer links (0: no limit).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Drop links through other cores&lt;/b&gt;: drop a link whose least-cost path crosses a third core.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Corridor width cut-off&lt;/b&gt;: cells whose NLCC exceeds it (cost units) are left out (0: none).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Links&lt;/b&gt; output: least-cost paths with from_core, to_core, cw_dist, euc_dist (edge to edge), lcp_length, cwd_to_euc, cwd_to_path, kept and the reason a link was dropped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Строит коридоры наименьшей стоимости между ядрами (ООПТ, ядрами местообитаний) и связи экологической сети так же, как инструмент Linkage Pathways в Linkage Mapper (McRae, Kavanagh 2011).&lt;/p&gt;&lt;p&gt;Для каждого ядра рассчитывается карта взвешенного по стоимости расстояния (CWD, накопленная стоимость). Связь между ядрами A и B имеет cw_dist — наименьшую накопленную стоимость между ними (наименьшее значение CWD от A в ячейках B). Её нормализованный коридор наименьшей стоимости NLCC = CWD от A + CWD от B - cw_dist: он равен нулю вдоль пути наименьшей стоимости и растёт по мере удаления от него. Карта коридоров — наименьшее значение NLCC по всем сохранённым связям.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Поверхность сопротивления&lt;/b&gt;: положительное сопротивление в каждой ячейке, проекционная система координат.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ядра (ключевые участки)&lt;/b&gt; и &lt;b&gt;Поле идентификатора ядер&lt;/b&gt;: полигоны, у каждого свой идентификатор.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Связи&lt;/b&gt;: смежные ядра (их зоны соприкасаются на карте распределения по стоимости; вариант Linkage Mapper по умолчанию), все пары или k ближайших соседей каждого ядра по cw_dist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Максимальная cw_dist / euc_dist&lt;/b&gt;: более длинные связи отбрасываются (0 — без ограничения).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Отбрасывать связи, путь которых проходит через другое ядро&lt;/b&gt;: связь отбрасывается, если её путь наименьшей стоимости пересекает третье ядро.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Порог ширины коридора&lt;/b&gt;: ячейки, в которых NLCC превышает порог (в единицах стоимости), не включаются в коридор (0 — без порога).&lt;/p&gt;&lt;p&gt;Результат &lt;b&gt;Связи&lt;/b&gt;: пути наименьшей стоимости с полями from_core, to_core, cw_dist, euc_dist (от края до края), lcp_length, cwd_to_euc, cwd_to_path, kept и reason (причина, по которой связь отброшена).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="209"/>
        <source>Resistance surface</source>
        <translation>Поверхность сопротивления</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="100"/>
        <source>Core areas</source>
        <translation>Ядра (ключевые участки)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="101"/>
        <source>Core id field</source>
        <translation>Поле идентификатора ядер</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="164"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="106"/>
        <source>Adjacent cores (cost allocation)</source>
        <translation>Смежные ядра (распределение по стоимости)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="106"/>
        <source>All pairs</source>
        <translation>Все пары</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="106"/>
        <source>k nearest neighbours</source>
        <translation>k ближайших соседей</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="114"/>
        <source>k (nearest neighbours)</source>
        <translation>k (ближайших соседей)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="119"/>
        <source>Maximum cw_dist (0: none)</source>
        <translation>Максимальная cw_dist (0 — без ограничения)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="124"/>
        <source>Maximum euc_dist, map units (0: none)</source>
        <translation>Максимальная euc_dist, единицы карты (0 — без ограничения)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="133"/>
        <source>Drop links whose path crosses another core</source>
        <translation>Отбрасывать связи, путь которых проходит через другое ядро</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="138"/>
        <source>Corridor width cut-off, cost units (0: none)</source>
        <translation>Порог ширины коридора, единицы стоимости (0 — без порога)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="63"/>
        <source>Connect 4 neighbours only</source>
        <translation>Соединять только с 4 соседями</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="126"/>
        <source>Write 64-bit floating-point rasters (full precision)</source>
        <translation>Записывать растры с плавающей точкой 64 бит (полная точность)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="163"/>
        <source>Corridors</source>
        <translation>Коридоры</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="165"/>
        <source>Links kept</source>
        <translation>Сохранённые связи</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="166"/>
        <source>Links dropped</source>
        <translation>Отброшенные связи</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="178"/>
        <source>The per-core cost distances are kept on disk in {}.</source>
        <translation>Накопленные стоимости для каждого ядра хранятся на диске в {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="197"/>
        <source>core areas</source>
        <translation>ядра</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="206"/>
        <source>Grid: {}; {} core areas.</source>
        <translation>Сетка: {}; ядер: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="271"/>
        <source>{} candidate link(s): {} kept, {} dropped.</source>
        <translation>Связей-кандидатов: {}; сохранено: {}, отброшено: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="286"/>
        <source>Shortest</source>
        <translation>Самый короткий</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="286"/>
        <source>Longest</source>
        <translation>Самый длинный</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="287"/>
        <source>{} corridor: {} - {}, cw_dist {:,.1f}, path length {:,.0f}.</source>
        <translation>{} коридор: {} - {}, cw_dist {:,.1f}, длина пути {:,.0f}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/corridors.py" line="293"/>
        <source>The cores fall into {} groups that cannot reach each other: {}.</source>
        <translation>Ядра образуют группы, между которыми нет пути (число групп: {}): {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="41"/>
        <source>Source feature(s) {} have no value in the id field {}.</source>
        <translation>У объектов-источников {} нет значения в поле идентификатора {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="135"/>
        <source>Cost distance</source>
        <translation>Накопленная стоимость</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="72"/>
        <source>&lt;p&gt;Accumulated cost (cost-weighted distance) from the source features over a resistance surface, and optionally which source each cell is cheapest to reach from (allocation).&lt;/p&gt;&lt;p&gt;Moving between neighbouring cells a and b costs (resistance of a + resistance of b) / 2 times the distance between their centres: the definition of Circuitscape, Linkage Mapper (ArcGIS Cost Distance) and scikit-image MCP_Geometric. NoData cells cannot be crossed. The search is an exact Dijkstra shortest-path search.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell in a projected CRS (metres).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: points, lines or polygons; polygons take the cells whose centre lies inside, lines every cell they touch. Layers in another CRS are reprojected on the fly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source id field&lt;/b&gt;: features with the same id form one source; the allocation raster holds these ids (text ids are numbered 1..n, the log lists the numbers). Without it, every feature is a source of its own, labelled by its feature id.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect 4 neighbours only&lt;/b&gt;: orthogonal moves only (default: 8 neighbours).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maximum cost&lt;/b&gt;: cells beyond it are left NoData (faster on large rasters).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Write 64-bit floating-point rasters&lt;/b&gt;: full precision instead of Float32 (twice the size).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cost distance&lt;/b&gt;: Float32 raster of accumulated cost, NoData where unreachable.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Allocation&lt;/b&gt;: Int32 raster of the nearest source&apos;s id.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Накопленная стоимость (взвешенное по стоимости расстояние) от объектов-источников по поверхности сопротивления и, при необходимости, источник, из которого каждая ячейка достижима с наименьшей стоимостью (распределение).&lt;/p&gt;&lt;p&gt;Переход между соседними ячейками a и b стоит (сопротивление a + сопротивление b) / 2, умноженное на расстояние между их центрами: это определение Circuitscape, Linkage Mapper (Cost Distance в ArcGIS) и MCP_Geometric в scikit-image. Ячейки NoData («нет данных») непроходимы. Поиск выполняется точным алгоритмом кратчайшего пути Дейкстры.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Поверхность сопротивления&lt;/b&gt;: положительное сопротивление в каждой ячейке, в проекционной системе координат (метры).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Источники&lt;/b&gt;: точки, линии или полигоны; полигон занимает ячейки, центры которых лежат внутри него, линия — все ячейки, которых она касается. Слои в другой системе координат перепроецируются «на лету».&lt;/p&gt;&lt;p&gt;&lt;b&gt;Поле идентификатора источников&lt;/b&gt;: объекты с одинаковым идентификатором образуют один источник; растр распределения содержит эти идентификаторы (текстовые идентификаторы нумеруются от 1 до n, нумерация выводится в журнал). Без этого поля каждый объект — отдельный источник, помеченный своим ID объекта.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Соединять только с 4 соседями&lt;/b&gt;: только ортогональные перемещения (по умолчанию — 8 соседей).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Максимальная стоимость&lt;/b&gt;: ячейки с большей стоимостью остаются NoData (быстрее на больших растрах).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Записывать растры с плавающей точкой 64 бит&lt;/b&gt;: полная точность вместо Float32 (вдвое больший размер).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Накопленная стоимость&lt;/b&gt;: растр Float32 накопленной стоимости, NoData там, где ячейка недостижима.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Распределение&lt;/b&gt;: растр Int32 с идентификатором ближайшего источника.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="94"/>
        <source>Positive resistance per cell, in a projected CRS.</source>
        <translation>Положительное сопротивление в каждой ячейке, в проекционной системе координат.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="100"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="101"/>
        <source>Source id field</source>
        <translation>Поле идентификатора источников</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="115"/>
        <source>Maximum cost (empty: no limit)</source>
        <translation>Максимальная стоимость (пусто — без ограничения)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="136"/>
        <source>Allocation (nearest source)</source>
        <translation>Распределение (ближайший источник)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="152"/>
        <source>The sources layer could not be loaded.</source>
        <translation>Не удалось загрузить слой источников.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="161"/>
        <source>sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="163"/>
        <source>{} source feature(s) lie outside the resistance surface and are ignored.</source>
        <translation>Объектов-источников вне поверхности сопротивления: {}; они не учитываются.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="169"/>
        <source>No source feature lies on the resistance surface.</source>
        <translation>Ни один объект-источник не лежит на поверхности сопротивления.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="175"/>
        <source>Allocation values: {}</source>
        <translation>Значения распределения: {}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="182"/>
        <source>Grid: {}.</source>
        <translation>Сетка: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/cost_distance.py" line="195"/>
        <source>{:,} of {:,} passable cells reached; largest cost {:,.2f}.</source>
        <translation>Достигнуто проходимых ячеек: {:,} из {:,}; наибольшая стоимость: {:,.2f}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="68"/>
        <source>Least-cost path</source>
        <translation>Путь наименьшей стоимости</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="44"/>
        <source>&lt;p&gt;The cheapest route across a resistance surface from a start feature to an end feature, as a line through cell centres with its accumulated cost and its length.&lt;/p&gt;&lt;p&gt;Costs follow the cost-distance definition of Circuitscape, Linkage Mapper and scikit-image MCP_Geometric: (resistance of a + resistance of b) / 2 times the step length. The path leaves the start where it is cheapest and ends in the cheapest cell of the end feature.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: positive resistance per cell in a projected CRS.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start&lt;/b&gt; and &lt;b&gt;End&lt;/b&gt;: points, lines or polygons; all features of a layer together form the start (or end). Use &quot;Selected features only&quot; to pick one feature.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect 4 neighbours only&lt;/b&gt;: orthogonal moves only (default: 8 neighbours).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Least-cost path&lt;/b&gt;: a line with fields cost (accumulated cost), length (map units) and n_cells.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Самый дешёвый маршрут по поверхности сопротивления от начального объекта до конечного в виде линии через центры ячеек, с его накопленной стоимостью и длиной.&lt;/p&gt;&lt;p&gt;Стоимость рассчитывается по тому же определению накопленной стоимости, что в Circuitscape, Linkage Mapper и MCP_Geometric в scikit-image: (сопротивление a + сопротивление b) / 2, умноженное на длину шага. Путь выходит из начала там, где это дешевле всего, и заканчивается в самой дешёвой для достижения ячейке конечного объекта.&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Поверхность сопротивления&lt;/b&gt;: положительное сопротивление в каждой ячейке, в проекционной системе координат.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Начало&lt;/b&gt; и &lt;b&gt;Конец&lt;/b&gt;: точки, линии или полигоны; все объекты слоя вместе образуют начало (или конец). Чтобы взять один объект, используйте «Только выделенные объекты».&lt;/p&gt;&lt;p&gt;&lt;b&gt;Соединять только с 4 соседями&lt;/b&gt;: только ортогональные перемещения (по умолчанию — 8 соседей).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Путь наименьшей стоимости&lt;/b&gt;: линия с полями cost (накопленная стоимость), length (в единицах карты) и n_cells.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="61"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="62"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="76"/>
        <source>No {} feature lies on the resistance surface.</source>
        <translation>Ни один объект слоя «{}» не лежит на поверхности сопротивления.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="85"/>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="86"/>
        <source>end</source>
        <translation>конец</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/least_cost_path.py" line="105"/>
        <source>Least-cost path: cost {:,.2f}, length {:,.1f} map units, {} cells.</source>
        <translation>Путь наименьшей стоимости: стоимость {:,.2f}, длина {:,.1f} ед. карты, ячеек: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/provider.py" line="30"/>
        <source>GPEC Connectivity</source>
        <translation>GPEC Connectivity</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="80"/>
        <source>&lt;p&gt;Builds a resistance surface for one species from a land-cover raster: each land-cover class gets the resistance of a table (or of a bundled training profile), roads, railways and fences are burnt in, and further rasters can be combined. The method is the usual one for Linkage Mapper and Circuitscape (Zeller, McGarigal and Whiteley 2012, Landscape Ecology 27:777-797).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Land cover&lt;/b&gt;: integer classes in a projected CRS; its NoData stays NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Species profile&lt;/b&gt;: a bundled training profile, or &quot;Resistance table&quot; to use your own.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resistance table&lt;/b&gt;: a CSV file or table layer with a class column, a resistance column and optionally a label column. An empty resistance (or NoData) makes a class impassable. Land-cover classes missing from the table stop the algorithm with a list of them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Linear features&lt;/b&gt;: line layers burnt onto the surface. Each feature&apos;s resistance is read from the resistance field when the layer has it, else the fixed value is used; likewise its width (map units). Every cell the feature&apos;s footprint touches is burnt, and lines are made 4-connected, so a barrier never leaks diagonally. &lt;b&gt;Burn mode&lt;/b&gt;: maximum (default: keep the higher of feature and land cover), replace, add or multiply.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Further rasters&lt;/b&gt; (advanced): rasters on exactly the same grid, combined by multiplication, addition or maximum; NoData anywhere gives NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resistance surface&lt;/b&gt;: Float32 GeoTIFF, NoData -9999.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Строит поверхность сопротивления для одного вида по растру земного покрова: каждому классу земного покрова присваивается сопротивление из таблицы (или из встроенного учебного профиля), на поверхность наносятся дороги, железные дороги и ограждения, и к ней можно добавить дополнительные растры. Это обычный метод для Linkage Mapper и Circuitscape (Zeller, McGarigal, Whiteley 2012, Landscape Ecology 27:777-797).&lt;/p&gt;&lt;h3&gt;Параметры&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Земной покров&lt;/b&gt;: целочисленные классы в проекционной системе координат; его ячейки NoData («нет данных») остаются NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Профиль вида&lt;/b&gt;: встроенный учебный профиль или «Таблица сопротивлений (ниже)», чтобы использовать собственную таблицу.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Таблица сопротивлений&lt;/b&gt;: файл CSV или табличный слой со столбцом класса, столбцом сопротивления и, при необходимости, столбцом подписи. Пустое сопротивление (или NoData) делает класс непроходимым. Если каких-либо классов земного покрова нет в таблице, алгоритм останавливается и выводит их список.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Линейные объекты&lt;/b&gt;: линейные слои, наносимые на поверхность. Сопротивление каждого объекта берётся из поля сопротивления, если оно есть в слое, иначе используется фиксированное значение; так же задаётся ширина (в единицах карты). Наносятся все ячейки, которых касается контур объекта, а линии делаются 4-связными, так что барьер никогда не «протекает» по диагонали. &lt;b&gt;Режим наложения&lt;/b&gt;: maximum (по умолчанию: берётся большее из сопротивлений объекта и земного покрова), replace (замена), add (сложение) или multiply (умножение).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Дополнительные растры&lt;/b&gt; (в разделе «Дополнительные параметры»): растры точно на той же сетке, объединяемые умножением (multiply), сложением (add) или по максимуму (maximum); NoData в любом из них даёт NoData.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Поверхность сопротивления&lt;/b&gt;: GeoTIFF Float32, NoData -9999.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="102"/>
        <source>Land cover</source>
        <translation>Земной покров</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="103"/>
        <source>Band</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="114"/>
        <source>Species profile</source>
        <translation>Профиль вида</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="114"/>
        <source>Resistance table (below)</source>
        <translation>Таблица сопротивлений (ниже)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="122"/>
        <source>Resistance table (CSV or table layer)</source>
        <translation>Таблица сопротивлений (CSV или табличный слой)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="130"/>
        <source>Class field</source>
        <translation>Поле класса</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="130"/>
        <source>Resistance field</source>
        <translation>Поле сопротивления</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="130"/>
        <source>Label field (optional)</source>
        <translation>Поле подписи (необязательно)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="145"/>
        <source>Linear features (roads, railways, fences)</source>
        <translation>Линейные объекты (дороги, железные дороги, ограждения)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="153"/>
        <source>Resistance field of the linear features</source>
        <translation>Поле сопротивления линейных объектов</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="161"/>
        <source>Resistance of linear features without that field</source>
        <translation>Сопротивление линейных объектов без этого поля</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="170"/>
        <source>Width field of the linear features (map units)</source>
        <translation>Поле ширины линейных объектов (единицы карты)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="178"/>
        <source>Width of linear features without that field (0: the line itself)</source>
        <translation>Ширина линейных объектов без этого поля (0 — только сама линия)</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="187"/>
        <source>Burn mode</source>
        <translation>Режим наложения</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="192"/>
        <source>Further rasters to combine</source>
        <translation>Дополнительные растры для объединения</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="199"/>
        <source>Combine further rasters by</source>
        <translation>Способ объединения дополнительных растров</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="218"/>
        <source>Give a resistance table (CSV or table layer) or choose a bundled species profile.</source>
        <translation>Укажите таблицу сопротивлений (CSV или табличный слой) или выберите встроенный профиль вида.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="252"/>
        <source>Feature {} of {} has resistance {}; linear features need a positive resistance.</source>
        <translation>У объекта {} слоя {} сопротивление {}; сопротивление линейных объектов должно быть положительным.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="261"/>
        <source>{}: {} feature(s) to burn.</source>
        <translation>{}: объектов для наложения: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="283"/>
        <source>The land-cover raster could not be loaded.</source>
        <translation>Не удалось загрузить растр земного покрова.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="284"/>
        <source>land-cover raster</source>
        <translation>растр земного покрова</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="287"/>
        <source>further raster</source>
        <translation>дополнительный растр</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="294"/>
        <source>Every cell of the land-cover raster {} is NoData.</source>
        <translation>Все ячейки растра земного покрова {} — NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="297"/>
        <source>Resistance table: {}.</source>
        <translation>Таблица сопротивлений: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="302"/>
        <source>cells</source>
        <translation>яч.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="319"/>
        <source>{:,} cells burnt with the linear features ({}).</source>
        <translation>Ячеек с наложенными линейными объектами: {:,} (режим: {}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="327"/>
        <source>Combined with {} raster(s) by {}.</source>
        <translation>Объединено с дополнительными растрами ({} шт.), способ: {}.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="329"/>
        <source>The resistance surface would be NoData everywhere.</source>
        <translation>Поверхность сопротивления везде получилась бы NoData.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="332"/>
        <source>Combining the rasters gives {} cell(s) with zero or negative resistance; check the further rasters.</source>
        <translation>После объединения растров получено ячеек с нулевым или отрицательным сопротивлением: {}; проверьте дополнительные растры.</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/resistance_surface.py" line="341"/>
        <source>Resistance from {:g} to {:g}; {:,} NoData cells. Written {} ({}).</source>
        <translation>Сопротивление от {:g} до {:g}; ячеек NoData: {:,}. Записан файл {} ({}).</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="55"/>
        <source>up to {:,.0f}</source>
        <translation>до {:,.0f}</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="77"/>
        <source>kept</source>
        <translation>сохранённые</translation>
    </message>
    <message>
        <location filename="../gpec_connectivity/processing/styling.py" line="78"/>
        <source>dropped</source>
        <translation>отброшенные</translation>
    </message>
</context>
</TS>
