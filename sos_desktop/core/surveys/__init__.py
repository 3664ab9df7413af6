"""Survey definitions: data model (model), YAML and XLSForm readers (yaml_format, xlsform,
check), answer rules (answers), built-in surveys (builtin), their database store (store).
No Qt here.

Import from the submodules: importing this package must stay cheap, because the kiosk and the
results only need the model, not the YAML or XLSForm readers.
"""
