// placeholder until the module's tests land; delete when the first real test file is added.
