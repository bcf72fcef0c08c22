// The rule of com.acme:acme-rules, declared in the plugin's <dependencies>, ran: its warning is in the
// log and the SARIF report (linked to Acme's own page), and failed the build under maxWarnings 0.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] research.yaml:22:5: warning acme/short-title title `Switch` is one word')
assert log.contains('anthology: 0 errors, 1 warning, 0 infos; the build fails on more than 0 warnings')
assert log.contains('BUILD FAILURE')

def run = new JsonSlurper().parse(new File(basedir, 'target/anthology/anthology.sarif')).runs[0]
assert run.results*.ruleId == ['acme/short-title']
def rule = run.tool.driver.rules.find { it.id == 'acme/short-title' }
assert rule.helpUri == 'https://rules.acme.example/short-title'
true
