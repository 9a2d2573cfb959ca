# SPDX-FileCopyrightText: 2026 GPEC Connectivity contributors
# SPDX-License-Identifier: GPL-2.0-or-later
"""Translations: every .ts keeps the source's placeholders and tags, and installed translators change the UI."""

import glob
import os
import re
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from gpec_connectivity.core.errors import InvalidInputError
from gpec_connectivity.i18n import install_translator, tr, translate_error

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCES = sorted(glob.glob(os.path.join(ROOT, "i18n", "*.ts")))
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # an HTML tag, not a comparison such as d <= x


@pytest.mark.parametrize("path", SOURCES, ids=[os.path.basename(p) for p in SOURCES])
def test_translations_keep_placeholders_and_tags(path):
    root = ET.parse(path).getroot()
    assert root.get("language"), "the .ts file names its language"
    messages = root.findall(".//message")
    assert messages
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        text = translation.text or ""
        assert text.strip(), source
        assert PLACEHOLDER.findall(text) == PLACEHOLDER.findall(source), source
        assert sorted(TAG.findall(text)) == sorted(TAG.findall(source)), source


@pytest.fixture
def translator():
    installed = []

    def install(locale):
        translation = install_translator(locale)
        installed.append(translation)
        return translation

    yield install
    for translation in installed:
        if translation is not None:
            QCoreApplication.removeTranslator(translation)


@pytest.mark.parametrize(
    "locale, expected", [("fr_FR", "Corridors de moindre coût"), ("ru", "Коридоры наименьшей стоимости")]
)
def test_installed_translator_translates_the_interface(provider, translator, locale, expected):
    assert translator(locale) is not None, "no compiled translation for " + locale
    algorithm = QgsApplication.processingRegistry().algorithmById("gpec:corridors")
    assert algorithm.displayName() == expected
    error = InvalidInputError("At least two core areas are needed to map corridors; found {}.", 1)
    message = translate_error(error)
    assert message != str(error) and "1" in message


def test_untranslated_locale_keeps_english(provider, translator):
    assert translator("xx_XX") is None
    assert tr("Least-cost corridors") == "Least-cost corridors"


def test_words_the_core_passes_into_messages_are_translated(provider, translator):
    from gpec_connectivity.core.meshsize import effective_mesh_size

    assert translator("fr_FR") is not None
    with pytest.raises(InvalidInputError) as caught:
        effective_mesh_size([-1.0], 10.0)
    assert (
        translate_error(caught.value) == "Les superficies des fragments doivent être finies et non négatives."
    )
