#!/usr/bin/env python3
"""Writes the tab- and comma-separated, Excel, Word and PDF forms of one table-form allocation document.

The source is Tests/PolicyTextTests/Fixtures/documents/state-council-2016.txt (国办函[2016]38号,
a 序号 | 工作任务 | 牵头负责部门 table). Its notice lines go before the table as they are; in the
Excel and Word forms the 牵头负责部门 cells of consecutive rows naming the same department are one
merged cell, as such tables are often drawn, and the PDF is laid out as a ruled table whose long
task cells wrap onto a second line.

Needs: pip install openpyxl python-docx fpdf2; a CJK font (Debian fonts-wqy-zenhei). The outputs
are committed beside the source; the tests only read them. Run from the repository root:

    python3 scripts/make-table-fixtures.py
"""
import csv
from pathlib import Path

from docx import Document
from fpdf import FPDF
from openpyxl import Workbook

FOLDER = Path("Tests/PolicyTextTests/Fixtures/documents")
SOURCE = FOLDER / "state-council-2016.txt"
STEM = FOLDER / "state-council-2016-table"
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
HEADER = ["序号", "工作任务", "牵头负责部门"]


def read():
    notice, rows = [], []
    in_table = False
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        if line.replace(" ", "") == "".join(HEADER):
            in_table = True
            continue
        if not in_table:
            notice.append(line)
            continue
        words = line.split(" ")
        rows.append([words[0], " ".join(words[1:-1]), words[-1]])
    return notice, rows


def runs(rows):
    """(first, last) row indices of consecutive rows with the same department."""
    spans, start = [], 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][2] != rows[start][2]:
            spans.append((start, i - 1))
            start = i
    return spans


def write_tsv(notice, rows):
    lines = notice + ["\t".join(HEADER)] + ["\t".join(r) for r in rows]
    (STEM.with_suffix(".tsv")).write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_csv(notice, rows):
    with open(STEM.with_suffix(".csv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        for line in notice:
            writer.writerow([line])
        writer.writerow(HEADER)
        writer.writerows(rows)


def write_xlsx(notice, rows):
    book = Workbook()
    sheet = book.active
    for line in notice:
        sheet.append([line])
    sheet.append(HEADER)
    first = sheet.max_row + 1
    for r in rows:
        sheet.append(r)
    for a, b in runs(rows):
        if b > a:
            for i in range(a + 1, b + 1):
                sheet.cell(row=first + i, column=3).value = None
            sheet.merge_cells(start_row=first + a, start_column=3, end_row=first + b, end_column=3)
    book.save(STEM.with_suffix(".xlsx"))


def write_docx(notice, rows):
    document = Document()
    for line in notice:
        document.add_paragraph(line)
    table = document.add_table(rows=1 + len(rows), cols=3)
    for j, name in enumerate(HEADER):
        table.cell(0, j).text = name
    for i, r in enumerate(rows):
        for j, text in enumerate(r):
            table.cell(i + 1, j).text = text
    for a, b in runs(rows):
        if b > a:
            for i in range(a + 1, b + 1):
                table.cell(i + 1, 2).text = ""
            table.cell(a + 1, 2).merge(table.cell(b + 1, 2))
    document.save(STEM.with_suffix(".docx"))


def write_pdf(notice, rows):
    pdf = FPDF(format="A4")
    pdf.add_font("zenhei", fname=FONT, collection_font_number=0)
    pdf.set_font("zenhei", size=10)
    pdf.add_page()
    for line in notice:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(12, 110, 48), text_align=("CENTER", "LEFT", "LEFT"), first_row_as_headings=False) as table:
        for r in [HEADER] + rows:
            row = table.row()
            for text in r:
                row.cell(text)
    pdf.output(str(STEM.with_suffix(".pdf")))


if __name__ == "__main__":
    notice, rows = read()
    write_tsv(notice, rows)
    write_csv(notice, rows)
    write_xlsx(notice, rows)
    write_docx(notice, rows)
    write_pdf(notice, rows)
