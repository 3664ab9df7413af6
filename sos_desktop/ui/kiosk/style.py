"""Large, high-contrast kiosk styling shared by every screen."""

KIOSK_QSS = """
QWidget#kiosk { background: #fbf7ef; }
QWidget { font-size: 20px; color: #1b1b1b; }
QLabel#title { font-size: 38px; font-weight: 700; color: #5b1a7a; }
QLabel#body { font-size: 22px; }
QLabel#hint { font-size: 18px; color: #4a4a4a; }
QLabel#error { font-size: 19px; color: #a4161a; font-weight: 600; }
QLabel#errorBox { font-size: 20px; color: #a4161a; font-weight: 600; background: #fdeeee;
              border: 2px solid #a4161a; border-radius: 10px; padding: 12px 16px;
              qproperty-indent: 0; }
QLabel#question { font-size: 24px; font-weight: 600; }
QLabel#required { font-size: 18px; font-weight: 700; color: #5b1a7a; }
QLabel#moreBelow { font-size: 20px; font-weight: 700; color: #ffffff; background: #5b1a7a;
              border-radius: 22px; padding: 10px 28px; qproperty-indent: 0; }
QLabel#section { font-size: 22px; font-weight: 600; color: #5b1a7a; }
QLabel#field { font-size: 21px; }
QLabel#choice { font-size: 21px; }
QLabel#position { font-size: 18px; color: #4a4a4a; font-weight: 600; }
QWidget#choiceRow { border-radius: 10px; background: transparent; }
QWidget#choiceRow[checked="true"] { background: #efe4f4; }
QWidget#choiceRow[invalid="true"] { border: 3px solid #a4161a; background: #fffafa; }
QPushButton { font-size: 22px; padding: 12px 28px; border-radius: 10px;
              background: #ffffff; border: 2px solid #5b1a7a; color: #5b1a7a; min-height: 36px; }
QPushButton:hover { background: #f5eef8; }
QPushButton:focus { border: 4px solid #f2a900; padding: 10px 26px; }
QPushButton#primary { background: #5b1a7a; color: #ffffff; }
QPushButton#primary:hover { background: #4a1463; }
QPushButton#primary:disabled { background: #9d86a8; border-color: #9d86a8; color: #f4eef7; }
QPushButton#scale:focus { border: 2px solid #5b1a7a; padding: 12px 28px; }
QPushButton#scale[ring="true"]:focus { border: 4px solid #f2a900; padding: 10px 26px; }
QPushButton:checked { background: #5b1a7a; color: #ffffff; font-weight: 700; }
QPushButton#language { font-size: 30px; font-weight: 600; background: #5b1a7a; color: #ffffff; }
QPushButton#language:hover { background: #4a1463; }
QLineEdit, QComboBox, QPlainTextEdit, QSpinBox { font-size: 22px; padding: 8px 12px;
              border: 2px solid #767676; border-radius: 8px; background: #ffffff;
              min-height: 30px; selection-background-color: #5b1a7a; }
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QSpinBox:focus {
              border: 3px solid #5b1a7a; padding: 7px 11px; }
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 3px solid #a4161a;
              padding: 7px 11px; background: #fffafa; }
QComboBox { padding-right: 52px; }
QComboBox:focus { padding-right: 51px; }
QComboBox::drop-down { subcontrol-origin: border; subcontrol-position: center right;
              width: 48px; border: none; border-left: 2px solid #e3dccd; }
QComboBox::down-arrow { image: none; width: 0; height: 0; border: none; }
QComboBox QAbstractItemView { font-size: 22px; background: #ffffff; border: 2px solid #5b1a7a;
              outline: none; padding: 4px; }
QComboBox QAbstractItemView::item { min-height: 44px; padding: 0 12px; color: #1b1b1b; }
QComboBox QAbstractItemView::item:selected,
QComboBox QAbstractItemView::item:hover { background: #5b1a7a; color: #ffffff; }
QScrollArea { border: none; background: transparent; }
QScrollArea > QWidget > QWidget { background: transparent; }
QScrollBar:vertical { background: #ece6e0; width: 16px; margin: 4px 4px 4px 0;
              border-radius: 6px; }
QScrollBar::handle:vertical { background: #8a6a9c; min-height: 48px; border-radius: 6px; }
QScrollBar::handle:vertical:hover, QScrollBar::handle:vertical:pressed { background: #5b1a7a; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; border: none; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: transparent; }
QProgressBar { border: none; background: #e3dccd; border-radius: 5px; }
QProgressBar::chunk { background: #5b1a7a; border-radius: 5px; }
QFrame#bottomBar { border-top: 1px solid #e3dccd; }
QPushButton#organizer { font-size: 15px; padding: 4px 12px; border: none; color: #6b6b6b;
              background: transparent; min-height: 0; }
QFrame#card { background: #ffffff; border-radius: 16px; border: 1px solid #e3dccd; }
QFrame#idle { background: rgb(38, 14, 52); }
QLabel#idleTitle { font-size: 44px; font-weight: 700; color: #ffffff; padding-bottom: 8px;
              qproperty-indent: 0; }
QLabel#idleBody { font-size: 26px; color: #ffffff; padding-bottom: 24px; qproperty-indent: 0; }
QFrame#idle QPushButton { font-size: 26px; padding: 16px 36px; background: #ffffff;
              color: #5b1a7a; border: 3px solid #ffffff; }
QFrame#idle QPushButton:focus { border: 4px solid #f2a900; padding: 15px 35px; }
"""
