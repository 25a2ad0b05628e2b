// Reporting: placeholder until its issue lands; delete when the first real file is added.
