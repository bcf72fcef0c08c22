// mvn verify rendered the registry into target/anthology.
File out = new File(basedir, 'target/anthology')
['REGISTRY.md', 'TOPICS.md', 'registry.yaml', 'registry.json', 'index.html'].each {
  assert new File(out, it).isFile() : "missing target/anthology/$it"
}
String registry = new File(out, 'REGISTRY.md').text
assert registry.contains('Attention Is All You Need')
assert registry.contains('Scale dot-product attention logits by the inverse square root of the key width')
assert new File(basedir, 'build.log').text.contains('[INFO] anthology: wrote ')
true
