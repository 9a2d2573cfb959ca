# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Where the plugin finds its resources: inside the package once installed, beside it in the source tree.

``make package`` copies ``resources/`` and the compiled translations into the plugin folder, so an installed
plugin is self-contained; run from a clone, the same files are read from the repository's top level.
"""

import os

_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def _first_existing(*candidates):
    for candidate in candidates:
        if os.path.isdir(candidate):
            return candidate
    return candidates[-1]


def resources_dir():
    """The folder holding icons/, styles/ and training/."""
    return _first_existing(
        os.path.join(_PACKAGE, "resources"), os.path.join(_PACKAGE, os.pardir, "resources")
    )


def i18n_dir():
    """The folder holding the compiled translations (.qm)."""
    return _first_existing(os.path.join(_PACKAGE, "i18n"), os.path.join(_PACKAGE, os.pardir, "i18n"))


def icon_path(name="gpec.svg"):
    return os.path.join(resources_dir(), "icons", name)


def style_path(name):
    return os.path.join(resources_dir(), "styles", name)


def training_dir():
    """The bundled training landscape (land cover, protected areas, infrastructure, species profiles)."""
    return os.path.join(resources_dir(), "training")


def profile_path(name):
    """The resistance table (CSV) of a bundled species profile, e.g. ``profile_path("ungulate")``."""
    return os.path.join(training_dir(), "profiles", "{}.csv".format(name))
