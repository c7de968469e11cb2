"""Cairo Desktop: record, exchange and report activities under the Cairo Action Plan.

The package is layered (see docs/ARCHITECTURE.md): ``domain`` holds plain data and rules,
``store`` the database, ``sync`` the package files, ``reports`` the PDFs, ``services`` the
facade that both ``cli`` and ``gui`` call. Only ``gui`` imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "Cairo Desktop"
APP_ID = "cairo-desktop"
