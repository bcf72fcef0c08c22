// mvn verify passed (invoker checks the outcome); the log counts no finding, both reports are written.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
assert log.contains('[INFO] anthology: 0 errors, 0 warnings, 0 infos in 2 files')
assert log.contains('[INFO] anthology: wrote target/anthology/anthology.sarif')
assert log.contains('BUILD SUCCESS')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/anthology/anthology.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results == []
def json = new JsonSlurper().parse(new File(basedir, 'target/anthology/anthology.json'))
assert json.findings == []
true
