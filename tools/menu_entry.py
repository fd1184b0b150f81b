"""Show the installed menu entry as a desktop's menu would, for a screenshot.

    DISPLAY=:73 python tools/menu_entry.py [/usr/share/applications/mottagning.desktop] [OUT.png]

Reads the .desktop file the package installed and finds its icon by name in
the icon theme (hicolor, /usr/share/icons), as GNOME, KDE and Xfce do; shows
an "Office" menu with the entry at the sizes menus and launchers use, and
saves a picture of it. Xvfb has no desktop of its own to show the real menu.
"""

import sys
from configparser import ConfigParser
from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QMenu, QWidget


def main(argv: list[str]) -> int:
    desktop = Path(argv[0] if argv else "/usr/share/applications/mottagning.desktop")
    out = Path(argv[1] if len(argv) > 1 else "menu-entry.png")
    entry = ConfigParser(interpolation=None)
    entry.read(desktop, encoding="utf-8")
    fields = entry["Desktop Entry"]
    app = QApplication([sys.argv[0]])
    QIcon.setThemeName("hicolor")
    icon = QIcon.fromTheme(fields["Icon"])
    if icon.isNull():
        print(f"no icon named {fields['Icon']} in the theme", file=sys.stderr)
        return 1
    window = QWidget()
    window.setWindowTitle("Menu entry")
    layout = QGridLayout(window)
    layout.addWidget(QLabel(f"{desktop}: Categories={fields['Categories']}"), 0, 0, 1, 5)
    for column, size in enumerate((16, 24, 32, 48, 128)):
        picture = QLabel()
        picture.setPixmap(icon.pixmap(QSize(size, size)))
        layout.addWidget(picture, 1, column)
        layout.addWidget(QLabel(f"{size} px"), 2, column)
    window.resize(520, 240)
    window.show()
    menu = QMenu()
    office = menu.addMenu("Kontor")
    office.addAction(icon, fields.get("Name[sv]", fields["Name"]))
    office.addAction(QIcon.fromTheme("x-office-calendar"), "Kalender")
    menu.setStyleSheet("QMenu { icon-size: 24px; }")

    def shoot() -> None:
        menu.popup(window.mapToGlobal(window.rect().bottomLeft()))
        office.popup(menu.geometry().topRight())

        def save() -> None:
            screen = QApplication.primaryScreen().grabWindow(0)
            screen.copy(0, 0, 800, 420).save(str(out))
            app.quit()

        QTimer.singleShot(400, save)

    QTimer.singleShot(300, shoot)
    app.exec()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
