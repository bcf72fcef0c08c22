// mvn verify failed (invoker.properties says so) because of the error finding, named as file:line:col,
// and the reports asked for on the command line (-Danthology.formats=sarif,checkstyle, from test.properties) were written
// before the build failed.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] research.yaml:15:11: error paper/year-key year 2071 differs from the year key 2017 the paper is listed under and from its arXiv id `1706.03762` (posted 2017)')
assert log.contains('[INFO] anthology: wrote target/anthology/anthology.sarif')
assert log.contains('[INFO] anthology: wrote target/anthology/anthology-checkstyle.xml')
assert log.contains('BUILD FAILURE')
assert log.contains('anthology: 1 error, 0 warnings, 0 infos; the build fails on findings at or above error')

def run = new JsonSlurper().parse(new File(basedir, 'target/anthology/anthology.sarif')).runs[0]
assert run.results*.ruleId == ['paper/year-key']
def where = run.results[0].locations[0].physicalLocation
def root = new URI(run.originalUriBaseIds[where.artifactLocation.uriBaseId].uri)
assert root.resolve(where.artifactLocation.uri) == new File(basedir, 'research.yaml').canonicalFile.toURI()
assert where.region.startLine == 15 && where.region.startColumn == 11
String checkstyle = new File(basedir, 'target/anthology/anthology-checkstyle.xml').text
assert checkstyle.contains('<file name="research.yaml">')
assert checkstyle.contains('<error line="15" column="11" severity="error"')
assert checkstyle.contains('source="anthology.paper/year-key"')
true
