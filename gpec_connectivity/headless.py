# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Run the GPEC algorithms from a script or batch job, with no QGIS window.

Example::

    from gpec_connectivity.headless import start_qgis
    app = start_qgis()
    import processing
    processing.run("gpec:corridors", {...})

``qgis_process.bin run gpec:corridors ...`` is the command-line alternative (see the README).
"""

import os
import sys

_STATE = {}


def start_qgis():
    """Start a headless QGIS application with Processing and the GPEC provider registered; returns the app.

    Calling it again returns the same application.
    """
    if "app" in _STATE:
        return _STATE["app"]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:  # where QGIS keeps the processing package
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    from . import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    _STATE.update(app=app, plugin=plugin)
    return app
