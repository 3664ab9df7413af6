"""Large, high-contrast kiosk styling shared by every screen."""

KIOSK_QSS = """
QWidget#kiosk { background: #fbf7ef; }
QWidget { font-size: 20px; color: #1b1b1b; }
QLabel#title { font-size: 38px; font-weight: 700; color: #5b1a7a; }
QLabel#body { font-size: 22px; }
QLabel#hint { font-size: 17px; color: #4a4a4a; }
QLabel#error { font-size: 18px; color: #a4161a; font-weight: 600; }
QLabel#question { font-size: 24px; font-weight: 600; }
QPushButton { font-size: 22px; padding: 12px 28px; border-radius: 10px;
              background: #ffffff; border: 2px solid #5b1a7a; color: #5b1a7a; min-height: 36px; }
QPushButton:focus { border: 4px solid #f2a900; }
QPushButton#primary { background: #5b1a7a; color: #ffffff; }
QPushButton#primary:disabled { background: #9d86a8; border-color: #9d86a8; }
QPushButton:checked { background: #5b1a7a; color: #ffffff; }
QLineEdit, QComboBox, QPlainTextEdit, QSpinBox { font-size: 22px; padding: 8px;
              border: 2px solid #8a8a8a; border-radius: 8px; background: #ffffff; }
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QSpinBox:focus {
              border: 3px solid #5b1a7a; }
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 3px solid #a4161a; }
QCheckBox, QRadioButton { font-size: 21px; spacing: 12px; padding: 6px 0; }
QCheckBox::indicator, QRadioButton::indicator { width: 28px; height: 28px; }
QScrollArea { border: none; background: transparent; }
QScrollArea > QWidget > QWidget { background: transparent; }
QProgressBar { border: none; background: #e3dccd; border-radius: 5px; }
QProgressBar::chunk { background: #5b1a7a; border-radius: 5px; }
QPushButton#organizer { font-size: 15px; padding: 4px 12px; border: none; color: #6b6b6b;
              background: transparent; min-height: 0; }
QFrame#card { background: #ffffff; border-radius: 16px; border: 1px solid #e3dccd; }
QFrame#idle { background: rgb(38, 14, 52); }
QLabel#idleTitle { font-size: 44px; font-weight: 700; color: #ffffff; }
QLabel#idleBody { font-size: 26px; color: #ffffff; }
"""
