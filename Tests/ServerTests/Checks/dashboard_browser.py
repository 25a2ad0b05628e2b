"""The dashboard end to end in headless Chromium (selenium + Debian's chromium-driver), one
browser session for every role, run by ServerTests' `DashboardEndToEndTests`.

Usage: dashboard_browser.py PLAN.json
PLAN names the server, the password, and what the workspace holds (computed by the Swift test
from the library): {"base", "password", "chromium", "chromedriver", "as_of", "department",
"other_department", "own_target", "other_target", "other_indicator", "task", "bad_file",
"scenario_changed"}.

Prints one JSON line per check, {"check": "role.what", "ok": bool, "detail": str}, and
{"check": "done", ...} last; a failed step is a failed check, never a silent skip.
"""
import json
import os
import sys
import tempfile
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

plan = json.load(open(sys.argv[1], encoding="utf-8"))
base = plan["base"]
month = "?as_of=" + plan["as_of"]


def report(name, ok, detail=""):
    print(json.dumps({"check": name, "ok": bool(ok), "detail": str(detail)[:500]}, ensure_ascii=False), flush=True)


def quoted(name):
    return urllib.parse.quote(name, safe="")


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = plan["chromium"]
    for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--window-size=1400,1000", "--user-data-dir=" + tempfile.mkdtemp(prefix="chromium-e2e-")]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(executable_path=plan["chromedriver"]), options=options)


driver = browser()
wait = WebDriverWait(driver, 20)


def page_ready():
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")


def status(path):
    """The HTTP status of a request the page itself makes (its session cookie, no redirect followed)."""
    return driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
        ".then(function (r) { done(r.type === 'opaqueredirect' ? 303 : r.status); })"
        ".catch(function (e) { done(String(e)); });", path)


def nav_links():
    return [a.get_attribute("pathname") for a in driver.find_elements(By.CSS_SELECTOR, "nav.dashboard a")]


def log_in(name):
    driver.get(base + "/login")
    page_ready()
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(plan["password"])
    driver.find_element(By.CSS_SELECTOR, "form.login button[type=submit]").click()
    wait.until(lambda d: "/login" not in d.current_url)
    page_ready()


def log_out(role):
    driver.find_element(By.CSS_SELECTOR, "nav.dashboard form.logout button").click()
    wait.until(lambda d: "/login" in d.current_url)
    report(role + ".logout", status("/api/targets/" + plan["own_target"]) == 401, "after logging out the API answers 401")


def scripted(role):
    """The page's linked scripts ran under the CSP (dashboard.js marks the body)."""
    report(role + ".script-under-csp", driver.find_element(By.TAG_NAME, "body").get_attribute("data-script") == "ok",
           driver.current_url)


def administrator():
    role = "administrator"
    log_in("admin")
    report(role + ".lands-on-overview", urllib.parse.urlparse(driver.current_url).path == "/", driver.current_url)
    links = nav_links()
    report(role + ".nav", all(p in links for p in ["/", "/scenarios", "/reports", "/imports", "/audit"]), links)
    driver.get(base + "/imports")
    page_ready()
    scripted(role)
    before = len(driver.find_elements(By.CSS_SELECTOR, "table.imports tbody tr"))
    folder = tempfile.mkdtemp(prefix="upload-")
    path = os.path.join(folder, "bad.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write(plan["bad_file"])
    driver.find_element(By.CSS_SELECTOR, "#upload input[type=file]").send_keys(path)
    driver.find_element(By.CSS_SELECTOR, "#upload button[type=submit]").click()
    result = driver.find_element(By.ID, "upload-result")
    wait.until(lambda d: "failed" in result.get_attribute("class") or "done" in result.get_attribute("class"))
    message = result.text
    report(role + ".bad-upload-refused", "failed" in result.get_attribute("class"), message)
    report(role + ".bad-upload-names-file-line-column", message.startswith("bad.csv:3:") and message.split(":")[2].strip().isdigit(), message)
    driver.refresh()
    page_ready()
    after = len(driver.find_elements(By.CSS_SELECTOR, "table.imports tbody tr"))
    report(role + ".bad-upload-not-in-import-log", after == before, f"{before} rows before, {after} after")
    driver.get(base + "/audit")
    page_ready()
    rows = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "table.audit tbody tr")]
    report(role + ".audit-records-rejection", any("import.reject" in r and "bad.csv" in r for r in rows), rows[:3])
    log_out(role)


def analyst():
    role = "analyst"
    log_in("analyst")
    report(role + ".lands-on-overview", urllib.parse.urlparse(driver.current_url).path == "/", driver.current_url)
    links = nav_links()
    report(role + ".nav", "/scenarios" in links and "/" in links and "/imports" not in links and "/reports" not in links, links)
    for path in ["/imports", "/audit", "/reports"]:
        code = status(path)
        report(role + ".refused " + path, code == 403, code)
    driver.get(base + "/targets/" + plan["own_target"] + month)
    page_ready()
    report(role + ".target-page-without-report-form", not driver.find_elements(By.CSS_SELECTOR, "form.report")
           and plan["own_target"] in driver.find_element(By.TAG_NAME, "h1").text + driver.page_source, driver.title)
    driver.find_element(By.CSS_SELECTOR, "nav.dashboard a[href='/scenarios']").click()
    page_ready()
    scripted(role)
    form = driver.find_element(By.ID, "scenario")
    report(role + ".scenario-form-defaults-to-newest-month", form.find_element(By.NAME, "as_of").get_attribute("value") == plan["newest"],
           form.find_element(By.NAME, "as_of").get_attribute("value"))
    driver.execute_script("arguments[0].value = arguments[1];", form.find_element(By.NAME, "as_of"), plan["as_of"])
    form.find_element(By.NAME, "name").send_keys("四季度投资放缓（浏览器）")
    Select(form.find_element(By.NAME, "series1")).select_by_value("fai")
    Select(form.find_element(By.NAME, "kind1")).select_by_value("month_growth")
    form.find_element(By.NAME, "months1").send_keys("10-12")
    form.find_element(By.NAME, "value1").send_keys("15")
    Select(form.find_element(By.NAME, "series2")).select_by_value("retail")
    Select(form.find_element(By.NAME, "kind2")).select_by_value("add_pp")
    form.find_element(By.NAME, "value2").send_keys("-1")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(lambda d: d.find_elements(By.ID, "scenario-table"))
    page_ready()
    assumptions = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "#assumption-table tbody tr")]
    report(role + ".scenario-assumptions", len(assumptions) == 2 and all("四季度投资放缓（浏览器）" in r for r in assumptions), assumptions)
    shown = {e.text.strip() for e in driver.find_elements(By.CSS_SELECTOR, "#scenario-table tbody tr span.id")}
    expected = set(plan["scenario_changed"])
    report(role + ".scenario-compared-with-baseline", expected and expected <= shown, f"expected {sorted(expected)}, shown {sorted(shown)}")
    report(role + ".scenario-form-kept", driver.find_element(By.CSS_SELECTOR, "#scenario input[name=value1]").get_attribute("value") == "15")
    log_out(role)


def department():
    role = "department"
    log_in("zhujian")
    own_page = "/departments/" + quoted(plan["department"])
    report(role + ".lands-on-own-department", urllib.parse.urlparse(driver.current_url).path == own_page, driver.current_url)
    links = nav_links()
    report(role + ".nav", "/" not in links and "/scenarios" not in links and "/imports" not in links and "/reports" in links, links)
    scripted(role)
    ids = {e.text.strip() for e in driver.find_elements(By.CSS_SELECTOR, "span.id")}
    report(role + ".sees-own-targets", plan["own_target"] in ids and plan["other_target"] not in ids, sorted(ids)[:20])
    other = quoted(plan["other_department"])
    for path in ["/targets/" + plan["other_target"], "/api/targets/" + plan["other_target"], "/departments/" + other,
                 "/api/departments/" + other, "/api/overview", "/scenarios", "/imports", "/audit"]:
        code = status(path + month)
        report(role + ".refused " + path, code == 403, code)
    driver.get(base + "/targets/" + plan["other_target"] + month)
    page_ready()
    report(role + ".other-target-not-shown", plan["other_indicator"] not in driver.page_source, driver.page_source[:200])
    driver.get(base + "/targets/" + plan["task"] + month)
    page_ready()
    form = driver.find_element(By.CSS_SELECTOR, "form.report")
    Select(form.find_element(By.NAME, "state")).select_by_value("late")
    driver.execute_script("arguments[0].value = arguments[1];", form.find_element(By.NAME, "date"), "2013-09-20")
    form.find_element(By.NAME, "note").send_keys("征收拆迁滞后（浏览器报送）")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "table.reports tbody tr"))
    rows = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "table.reports tbody tr")]
    report(role + ".report-filed", any("征收拆迁滞后（浏览器报送）" in r and "zhujian" in r and "2013-09-20" in r for r in rows), rows)
    log_out(role)


def leadership():
    role = "leadership"
    log_in("leader")
    report(role + ".lands-on-overview", urllib.parse.urlparse(driver.current_url).path == "/", driver.current_url)
    links = nav_links()
    report(role + ".nav", "/" in links and not any(p in links for p in ["/scenarios", "/imports", "/reports", "/audit"]), links)
    driver.get(base + "/" + month)
    page_ready()
    scripted(role)
    late = [e.text.strip() for e in driver.find_elements(By.CSS_SELECTOR, "div.milestone-group.late li span.id")]
    report(role + ".overview-shows-department-report", plan["task"] in late, late)
    links = driver.find_elements(By.CSS_SELECTOR, "div.milestone-group.late a.target-link")
    link = next((a for a in links if a.text.strip().startswith(plan["task"])), None)
    report(role + ".overview-links-target", link is not None, [a.text for a in links])
    if link is not None:
        link.click()
        page_ready()
        rows = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "table.reports tbody tr")]
        report(role + ".target-page-shows-report", any("征收拆迁滞后（浏览器报送）" in r for r in rows), rows)
        report(role + ".target-page-without-report-form", not driver.find_elements(By.CSS_SELECTOR, "form.report"), driver.current_url)
    for path, expected in [("/api/overview", 200), ("/departments/" + quoted(plan["other_department"]), 200),
                           ("/scenarios", 403), ("/imports", 403), ("/reports", 403), ("/audit", 403)]:
        code = status(path + month)
        report(role + (".reads " if expected == 200 else ".refused ") + path, code == expected, code)
    log_out(role)


try:
    for run in [administrator, analyst, department, leadership]:
        try:
            run()
        except Exception as error:  # a step that could not run is a failed check of its role
            text = driver.find_element(By.TAG_NAME, "body").text[:400]
            report(run.__name__ + ".steps-ran", False, f"{type(error).__name__}: {error} at {driver.current_url}: {text}")
            driver.delete_all_cookies()
finally:
    driver.quit()
report("done", True)
