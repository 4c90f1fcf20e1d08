"""The window's language: Polish by default (iok_desk/resources/i18n/iok_desk_pl.qm), English with
``--lang en`` (the source strings, and iok_desk_en.qm for their plural forms: "1 request",
"15 requests")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from iok_desk.package_data import package_path

I18N_DIR = package_path("resources", "i18n")


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the desk's and Qt's own translations; returns them (keep them alive)."""
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        plurals = QTranslator(app)
        if not plurals.load(str(I18N_DIR / "iok_desk_en.qm")):
            raise FileNotFoundError(f"missing translation {I18N_DIR / 'iok_desk_en.qm'}")
        app.installTranslator(plurals)
        return [plurals]
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    installed = []
    qt = QTranslator(app)
    if qt.load("qtbase_pl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    desk = QTranslator(app)
    if not desk.load(str(I18N_DIR / "iok_desk_pl.qm")):
        raise FileNotFoundError(f"missing translation {I18N_DIR / 'iok_desk_pl.qm'}")
    app.installTranslator(desk)
    installed.append(desk)
    return installed
