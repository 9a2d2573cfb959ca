# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Styles for the algorithms' outputs, applied when Processing loads them into the project.

The same functions are used by ``make demo`` to render its map, so what a user sees in QGIS and in the demo PNG
is the same.
"""

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterShader,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleBandPseudoColorRenderer,
    QgsSymbol,
)
from qgis.PyQt.QtGui import QColor

try:
    from qgis.core import QgsColorRampLegendNodeSettings
except ImportError:  # QGIS < 3.18 shows a legend row per item anyway
    QgsColorRampLegendNodeSettings = None

from ..adapters.raster import read_array
from ..i18n import tr

#: Corridor classes from the least-cost path outwards: dark to light, more transparent further out.
_CORRIDOR_COLOURS = ("#00441b", "#1b7837", "#5aae61", "#a6dba0", "#d9f0d3", "#f7f7f7")
_COST_COLOURS = ("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154")


def _stops(layer):
    stats = layer.dataProvider().bandStatistics(1)
    return stats.minimumValue, stats.maximumValue


def _pseudocolor(layer, items, shader_type):
    ramp = QgsColorRampShader(items[0].value, items[-1].value)  # the legend shows these (not 0-255)
    ramp.setColorRampType(shader_type)
    ramp.setColorRampItemList(items)
    if QgsColorRampLegendNodeSettings is not None:  # QGIS >= 3.18: one legend row per item, with its label
        legend = QgsColorRampLegendNodeSettings()
        legend.setUseContinuousLegend(False)
        ramp.setLegendSettings(legend)
    shader = QgsRasterShader(items[0].value, items[-1].value)
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(items[0].value)
    renderer.setClassificationMax(items[-1].value)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def style_corridors(layer):
    """Graduated style for a corridor (NLCC) raster: six classes from the least-cost path outwards."""
    low, high = _stops(layer)
    high = max(high, low + 1e-9)
    fractions = (0.02, 0.05, 0.1, 0.2, 0.4, 1.0)
    alphas = (255, 240, 220, 190, 150, 90)
    items = []
    for fraction, colour, alpha in zip(fractions, _CORRIDOR_COLOURS, alphas):
        value = low + fraction * (high - low)
        qcolor = QColor(colour)
        qcolor.setAlpha(alpha)
        items.append(
            QgsColorRampShader.ColorRampItem(value, qcolor, tr("up to {}").format(nice_number(value)))
        )
    _pseudocolor(layer, items, QgsColorRampShader.Type.Discrete)


def style_cost(layer):
    """Continuous yellow-to-purple style for a cost-distance or resistance raster (quantile stops)."""
    low, high = _stops(layer)
    stops = np.linspace(low, high, len(_COST_COLOURS))
    items = [
        QgsColorRampShader.ColorRampItem(float(v), QColor(c), nice_number(v, high))
        for v, c in zip(stops, _COST_COLOURS)
    ]
    _pseudocolor(layer, items, QgsColorRampShader.Type.Interpolated)


def _quantiles(layer, probabilities, size=512):
    """Quantiles of a raster's values, from an overview of at most ``size`` x ``size`` cells."""
    shape = (min(layer.height(), size), min(layer.width(), size))
    values = read_array(layer, 1, shape=shape)
    values = values[np.isfinite(values)]
    return np.quantile(values, probabilities) if values.size else None


def nice_number(value, scale=None):
    """A legend number a reader takes in at a glance: two significant digits, thousands separated
    (0.130088 -> 0.13, 183.457108 -> 180, 12345.6 -> 12,000); with ``scale`` (the largest value of the legend),
    values below a thousandth of it are 0 (numerical noise such as 1.8e-10)."""
    value = float(value)
    if scale is not None and abs(value) < 1e-3 * abs(float(scale)):
        value = 0.0
    if value == 0 or not np.isfinite(value):
        return "0" if value == 0 else str(value)
    digits = 1 - int(np.floor(np.log10(abs(value))))
    rounded = round(value, digits)
    return "{:,.{}f}".format(rounded, max(0, digits))


def _quantile_ramp(layer, colours, alphas, label):
    """Quantile stops (0, 50, 75, 90, 97, 100 %) of a raster with rounded legend labels ``label(value)``."""
    probabilities = (0.0, 0.5, 0.75, 0.9, 0.97, 1.0)
    stops = _quantiles(layer, probabilities)
    if stops is None or stops[-1] <= stops[0]:
        low, high = _stops(layer)
        stops = low + (max(high, low + 1e-12) - low) * np.array(probabilities)
    stops = np.maximum.accumulate(stops + np.arange(len(stops)) * 1e-12 * max(1.0, abs(stops[-1])))
    names = (tr("lowest"), tr("median"), tr("top 25 %"), tr("top 10 %"), tr("top 3 %"), tr("highest"))
    items = []
    for value, colour, alpha, name in zip(stops, colours, alphas, names):
        qcolor = QColor(colour)
        qcolor.setAlpha(alpha)
        text = label(name, nice_number(value, stops[-1]))
        items.append(QgsColorRampShader.ColorRampItem(float(value), qcolor, text))
    _pseudocolor(layer, items, QgsColorRampShader.Type.Interpolated)


def style_current(layer):
    """Current density (current flow, pinch points): quantile stops in amperes, low values fading out."""
    _quantile_ramp(
        layer,
        ("#000004", "#3b0f70", "#8c2981", "#de4968", "#fe9f6d", "#fcfdbf"),
        (0, 40, 120, 200, 240, 255),
        lambda name, value: tr("{}: {} A").format(name, value),
    )


def style_barriers(layer):
    """Barrier improvement scores: a purple ramp (no land-cover class is purple: never mistaken for built-up
    land or water), quantile stops."""
    _quantile_ramp(
        layer,
        ("#fcfbfd", "#dadaeb", "#9e9ac8", "#807dba", "#54278f", "#3f007d"),
        (0, 60, 150, 210, 240, 255),
        lambda name, value: tr("{}: {}").format(name, value),
    )


def style_importance(field):
    """Graduated red style of a node layer by an importance field such as ``d_pc`` (five equal-count classes,
    labelled in rounded percentages); features without a value (NULL) are left unclassified."""

    def _style(layer):
        values = sorted(v for v in (f[field] for f in layer.getFeatures()) if v is not None and v == v)
        if not values:
            return
        colours = ("#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15")
        edges = [values[min(len(values) - 1, int(len(values) * q / 5))] for q in range(6)]
        edges[-1] = values[-1]
        ranges = []
        for k, colour in enumerate(colours):
            symbol = QgsSymbol.defaultSymbol(layer.geometryType())
            symbol.setColor(QColor(colour))
            low, high = edges[k], edges[k + 1]
            label = tr("{} to {} %").format(nice_number(low, edges[-1]), nice_number(high, edges[-1]))
            ranges.append(QgsRendererRange(low, high, symbol, label))
        layer.setRenderer(QgsGraduatedSymbolRenderer(field, ranges))
        layer.triggerRepaint()

    return _style


def style_links(layer):
    """Links categorised by ``kept``: kept links solid dark red, dropped ones thin dashed grey."""
    kept = QgsLineSymbol.createSimple({"line_color": "#b2182b", "line_width": "0.8"})
    dropped = QgsLineSymbol.createSimple(
        {"line_color": "#7f7f7f", "line_width": "0.35", "line_style": "dash"}
    )
    categories = [
        QgsRendererCategory(True, kept, tr("kept")),
        QgsRendererCategory(False, dropped, tr("dropped")),
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("kept", categories))
    layer.triggerRepaint()


def style_path(layer):
    """A least-cost path: a bold orange line."""
    symbol = QgsLineSymbol.createSimple({"line_color": "#e66101", "line_width": "1.0"})
    layer.renderer().setSymbol(symbol)
    layer.triggerRepaint()


class _StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies a style function to an output once Processing has loaded it."""

    # Processing keeps only a C++ pointer: hold the Python objects until QGIS is done with them.
    _alive = []

    def __init__(self, style):
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if layer is not None and layer.isValid():
            self.style(layer)


def style_on_load(context, destination, style):
    """Style the output ``destination`` with ``style(layer)`` when Processing loads it into the project."""
    if destination and context.willLoadLayerOnCompletion(destination):
        processor = _StyleOnLoad(style)
        _StyleOnLoad._alive.append(processor)
        del _StyleOnLoad._alive[:-32]
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)
