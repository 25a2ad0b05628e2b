// libxlsxwriter's C interface (Debian libxlsxwriter-dev). Imported by the Workbook module alone.
#include <xlsxwriter.h>
