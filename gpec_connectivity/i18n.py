# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Translation of the plugin's user-visible strings.

Every visible string goes through :func:`tr`; ``pylupdate5`` extracts the calls (context ``@default``) into
``i18n/gpec_connectivity_<lang>.ts`` and ``lrelease`` compiles them to ``.qm`` files (``make translations``).
"""

import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from .paths import i18n_dir

#: Translation context: the one pylupdate5 gives calls of a bare ``tr("...")``.
CONTEXT = "@default"


def tr(text, disambiguation=None, n=-1):
    """Translate ``text``; translate first, then format: ``tr("{} links").format(n)``."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def translate_error(error):
    """The translated message of a core :class:`~gpec_connectivity.core.errors.ConnectivityError`."""
    template = getattr(error, "template", None)
    if template is None:
        return str(error)
    # Words the core passes as values (a layer's role, marked with QT_TR_NOOP) are translated too; other text
    # (layer names, ids) has no translation and passes unchanged.
    values = [tr(value) if isinstance(value, str) else value for value in error.values]
    return tr(template).format(*values)


def user_locale():
    """The locale QGIS runs in (``locale/userLocale``, else the system locale), e.g. ``fr_FR``."""
    value = QSettings().value("locale/userLocale", "") or QLocale.system().name()
    return str(value)


def install_translator(locale=None):
    """Install the plugin's translator for ``locale`` (falling back from ``fr_FR`` to ``fr``).

    Returns the installed :class:`QTranslator` (keep a reference) or None when no translation exists.
    """
    locale = locale or user_locale()
    for name in (locale, locale.split("_")[0]):
        path = os.path.join(i18n_dir(), "gpec_connectivity_{}.qm".format(name))
        if os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                return translator
    return None
