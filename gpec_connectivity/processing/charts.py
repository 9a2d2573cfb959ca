# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""The ProtConn chart of a region, drawn with QPainter into a PNG (QImage) and an SVG (QSvgGenerator).

One stacked bar per dispersal distance, as the country bars of Saura et al. (2018, Biological Conservation
219:53-67): the protected land (Prot) split into the connected fractions ProtConn[Within], ProtConn[Contig],
ProtConn[Trans], ProtConn[Unprot] (together ProtConn) and the unconnected rest ProtUnconn, with the 17 % (Aichi
Target 11) and 30 % (Kunming-Montreal GBF Target 3) lines. No plotting library is needed.
"""

import math

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
from qgis.PyQt.QtSvg import QSvgGenerator

from ..i18n import tr

WIDTH, HEIGHT = 1040, 600
#: (field, colour) of the stacked segments, bottom to top.
SEGMENTS = (
    ("protconn_within", "#1b7837"),
    ("protconn_contig", "#7fbf7b"),
    ("protconn_trans", "#2166ac"),
    ("protconn_unprot", "#92c5de"),
    ("protunconn", "#d9d9d9"),
)
TARGETS = ((17.0, "#7f7f7f"), (30.0, "#b2182b"))


def segment_labels():
    """Translated legend labels of :data:`SEGMENTS`."""
    return {
        "protconn_within": tr("ProtConn[Within]: inside a protected area"),
        "protconn_contig": tr("ProtConn[Contig]: between adjoining protected areas"),
        "protconn_trans": tr("ProtConn[Trans]: via protected areas across the border"),
        "protconn_unprot": tr("ProtConn[Unprot]: across unprotected land"),
        "protunconn": tr("ProtUnconn: protected but not connected"),
    }


def distance_label(distance):
    """``10 km`` for 10000 map units, ``500 m`` below 1000."""
    if distance >= 1000:
        return tr("{:g} km").format(distance / 1000.0)
    return tr("{:g} m").format(distance)


def _nice_top(value):
    """A round axis maximum above ``value`` (percent)."""
    value = max(value, 1.0)
    step = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * step >= value:
            return min(100.0, factor * step)
    return 100.0


def draw_protconn(painter, title, rows, width=WIDTH, height=HEIGHT):
    """Paint the chart of one region.

    Parameters
    ----------
    painter : QPainter
        Active on a device of ``width`` x ``height``.
    title : str
    rows : list of (float, dict)
        Dispersal distance and the region's values (the fields of
        :class:`~gpec_connectivity.core.protconn.ProtConnResult`).
    """
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
    font = QFont("DejaVu Sans", 11)
    small = QFont("DejaVu Sans", 9)
    bold = QFont("DejaVu Sans", 13)
    bold.setBold(True)
    painter.setPen(QPen(QColor("#252525")))
    painter.setFont(bold)
    painter.drawText(QRectF(20, 10, width - 40, 30), int(Qt.AlignmentFlag.AlignLeft), title)
    painter.setFont(small)
    painter.drawText(
        QRectF(20, 36, width - 40, 20),
        int(Qt.AlignmentFlag.AlignLeft),
        tr("Protected connected land (ProtConn) by median dispersal distance, % of the region's area"),
    )

    left, top, bottom = 70.0, 70.0, height - 60.0
    plot_right = width * 0.52
    peak = max([row.get("prot", 0.0) for _, row in rows] + [30.0])
    y_max = _nice_top(peak * 1.1)

    def y_of(value):
        return bottom - (bottom - top) * value / y_max

    # Axis and grid.
    painter.setFont(small)
    ticks = 5
    for k in range(ticks + 1):
        value = y_max * k / ticks
        y = y_of(value)
        painter.setPen(QPen(QColor("#e0e0e0"), 1))
        painter.drawLine(QPointF(left, y), QPointF(plot_right, y))
        painter.setPen(QPen(QColor("#525252")))
        painter.drawText(
            QRectF(0, y - 8, left - 8, 16),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            "{:g} %".format(round(value, 1)),
        )
    painter.setPen(QPen(QColor("#252525"), 1.2))
    painter.drawLine(QPointF(left, top), QPointF(left, bottom))
    painter.drawLine(QPointF(left, bottom), QPointF(plot_right, bottom))

    # Targets.
    painter.setFont(small)
    for value, colour in TARGETS:
        if value > y_max:
            continue
        pen = QPen(QColor(colour), 1.4)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(left, y_of(value)), QPointF(plot_right, y_of(value)))
    # Bars.
    count = max(1, len(rows))
    slot = (plot_right - left) / count
    bar = min(90.0, slot * 0.55)
    for position, (distance, row) in enumerate(rows):
        x = left + slot * (position + 0.5) - bar / 2
        base = 0.0
        for field, colour in SEGMENTS:
            value = max(0.0, float(row.get(field, 0.0)))
            if value <= 0:
                continue
            rect = QRectF(x, y_of(base + value), bar, y_of(base) - y_of(base + value))
            painter.setPen(QPen(QColor("#525252"), 0.6))
            brush = QBrush(QColor(colour))
            painter.setBrush(brush)
            painter.drawRect(rect)
            if field == "protunconn":
                painter.setBrush(QBrush(QColor("#9e9e9e"), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(rect)
            base += value
        painter.setBrush(QBrush())
        painter.setPen(QPen(QColor("#252525")))
        painter.setFont(small)
        painter.drawText(
            QRectF(x - 30, y_of(base) - 34, bar + 60, 16),
            int(Qt.AlignmentFlag.AlignHCenter),
            tr("Prot {:.1f} %").format(row.get("prot", 0.0)),
        )
        painter.drawText(
            QRectF(x - 30, y_of(base) - 18, bar + 60, 16),
            int(Qt.AlignmentFlag.AlignHCenter),
            tr("ProtConn {:.1f} %").format(row.get("protconn", 0.0)),
        )
        painter.setFont(font)
        painter.drawText(
            QRectF(x - 30, bottom + 6, bar + 60, 20),
            int(Qt.AlignmentFlag.AlignHCenter),
            distance_label(distance),
        )

    painter.setPen(QPen(QColor("#252525")))
    painter.drawText(
        QRectF(left, bottom + 28, plot_right - left, 20),
        int(Qt.AlignmentFlag.AlignHCenter),
        tr("Median dispersal distance"),
    )

    # Legend.
    labels = segment_labels()
    x0 = plot_right + 30
    y0 = top + 10
    painter.setFont(small)
    for field, colour in reversed(SEGMENTS):
        painter.setPen(QPen(QColor("#525252"), 0.6))
        painter.setBrush(QBrush(QColor(colour)))
        painter.drawRect(QRectF(x0, y0, 16, 12))
        if field == "protunconn":
            painter.setBrush(QBrush(QColor("#9e9e9e"), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(QRectF(x0, y0, 16, 12))
        painter.setPen(QPen(QColor("#252525")))
        painter.drawText(
            QRectF(x0 + 24, y0 - 3, width - x0 - 30, 18), int(Qt.AlignmentFlag.AlignLeft), labels[field]
        )
        y0 += 26
    y0 += 10
    for value, colour in reversed(TARGETS):
        pen = QPen(QColor(colour), 1.4)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x0, y0 + 6), QPointF(x0 + 16, y0 + 6))
        painter.setPen(QPen(QColor("#252525")))
        text = tr("GBF Target 3 (30 %)") if value == 30.0 else tr("Aichi Target 11 (17 %)")
        painter.drawText(QRectF(x0 + 24, y0 - 3, width - x0 - 30, 18), int(Qt.AlignmentFlag.AlignLeft), text)
        y0 += 26
    painter.setBrush(QBrush())


def save_protconn_chart(png_path, svg_path, title, rows):
    """Write the chart as a PNG and an SVG; either path may be None."""
    if png_path:
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        draw_protconn(painter, title, rows)
        painter.end()
        image.save(png_path, "PNG")
    if svg_path:
        generator = QSvgGenerator()
        generator.setFileName(svg_path)
        generator.setSize(QSize(WIDTH, HEIGHT))
        generator.setViewBox(QRectF(0, 0, WIDTH, HEIGHT))
        generator.setTitle(title)
        painter = QPainter(generator)
        draw_protconn(painter, title, rows)
        painter.end()
