// anthology:fix quoted the arXiv id in place: the file is now exactly the expected text (every other
// byte kept), and nothing remains to report.
String log = new File(basedir, 'build.log').text
assert log.contains('[INFO] anthology: fixed research.yaml')
assert log.contains('[INFO] anthology: 0 errors, 0 warnings, 0 infos in 2 files')
assert new File(basedir, 'research.yaml').bytes == new File(basedir, 'expected-research.yaml').bytes
true
