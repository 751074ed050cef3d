"""The form sections of the main window, one module per section."""
