import urllib2
print 'hello'
mode = 0777
