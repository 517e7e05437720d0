#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed inputs of the fuzz targets into tests/fuzz/corpus/<target>/.

Seeds are named by the SHA-1 of their content (as libFuzzer names what it
finds), so running this again adds nothing twice. Inputs that fuzzing found
later are committed beside them; this script never removes a file.
  nfsurl       every URL of tests/core/tst_nfsurl.cpp's tables, and more
  displayname  names a server may send: controls, escapes, invalid UTF-8
  xdr          one byte choosing the reply type, then an XDR reply, valid or
               damaged (truncated, lengths out of range, lists that never end)
"""
import hashlib
import os
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))


def save(target, data):
    folder = os.path.join(HERE, 'corpus', target)
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(folder, name), 'wb') as f:
        f.write(data)


# --- nfsurl ---------------------------------------------------------------------------------

def url_seeds():
    text = open(os.path.join(SOURCE, 'tests/core/tst_nfsurl.cpp'), encoding='utf-8').read()
    seeds = set()
    for m in re.finditer(r'row\("[^"]*",\s*"((?:[^"\\]|\\.)*)"', text):
        seeds.add(bytes(m.group(1), 'utf-8').decode('unicode_escape').encode('utf-8', 'surrogatepass'))
    extra = [
        'nfs://[::1]:2049/srv/x?version=4', 'nfs://[fe80::1%25eth0]/x', 'nfs://h/%FF%00',
        'nfs://h/a/../b/./c//d/', 'nfs://h/?nfsport=1&mountport=65535&uid=0&gid=4294967295',
        'nfs://h/x?timeout=0', 'nfs://h/x?autoreconnect=-1', 'nfs://h/x?readahead=99999999999',
        'nfs://h/x?dircache=2', 'nfs://h/x?tcp-syncnt=1', 'nfs://h/x?version=3&version=4',
        'nfs://h:0/x', 'nfs://h:65536/x', 'nfs://h:/x', 'nfs://:2049/x', 'nfs:///x', 'NFS://H/X',
        'nfs://h/x#frag', 'nfs://user@h/x', 'nfs://h/x?', 'nfs://h/x?&', 'nfs://h/x?=', 'nfs://h/%',
        'nfs://h/%2', 'nfs://h/%zz', 'nfs://h/a b', ' nfs://h/x ', 'nfs://h/\u00e9t\u00e9',
        'nfs://h/' + 'a' * 300, 'nfs://' + 'h' * 300 + '/x', 'nfs://[::1/x', 'nfs://[]/x',
    ]
    for e in extra:
        seeds.add(e.encode('utf-8'))
    for s in seeds:
        save('nfsurl', s)
    return len(seeds)


# --- displayname ----------------------------------------------------------------------------

def name_seeds():
    seeds = [
        b'', b'plain.txt', b'with space', b'tab\there', b'new\nline', b'\x1b[31mred\x1b[0m',
        b'back\\slash', b'\\x41', b'\\n', b'\x7f', b'\x00', b'\x01\x02\x03', b'caf\xc3\xa9',
        b'caf\xe9', b'\xff\xfe', b'\xc0\xaf', b'\xe0\x80\xaf', b'\xed\xa0\x80', b'\xf4\x90\x80\x80',
        b'\xc2\x80', b'\xc2\x9f', b'\xc2\xa0', b'\xe2\x80\xae' + b'txt.exe', b'\xf0\x9f\x98\x80',
        b'\xf0\x9f\x98', b'\xe2\x82', b'\xc3', b'-rf', b'--help', b'.', b'..', b'...', b'a/b',
        b'../../etc/passwd', b'x' * 255, b'\xc3\xa9' * 127, b'\x80' * 16, b'%41', b'%', b'%%',
        b'?query', b'#hash', b'a;b=c', b'~user', b'\r\n', b'\x1b]0;title\x07', b'\x9b31m',
        b'\xe2\x80\x8b', b'\xef\xbb\xbfbom', b'\xef\xbf\xbd', b'\xf8\x88\x80\x80\x80',
        b'\xfc\x84\x80\x80\x80\x80', b'latin1 \xe4\xf6\xfc', b'mixed \xc3\xa9 \xe9', b'\\\\',
        b'\\e', b'\\t\t', b'end\\',
    ]
    for s in seeds:
        save('displayname', s)
    return len(seeds)


# --- xdr ------------------------------------------------------------------------------------

def u32(v):
    return struct.pack('>I', v & 0xffffffff)


def u64(v):
    return struct.pack('>Q', v & 0xffffffffffffffff)


def opaque(b, length=None):
    n = len(b) if length is None else length
    return u32(n) + b + b'\0' * ((4 - len(b) % 4) % 4)


def fattr3(ftype=1, size=6):
    return (u32(ftype) + u32(0o644) + u32(1) + u32(1000) + u32(1000) + u64(size) + u64(4096)
            + u32(0) + u32(0) + u64(1) + u64(42) + u64(1700000000 << 32) * 3)


def post_op_attr(present=True):
    return u32(1) + fattr3() if present else u32(0)


def wcc_data():
    return u32(1) + u64(6) + u64(0) + u64(0) + post_op_attr()


def fh(n=28):
    return opaque(bytes(range(n)))


def entry_plus(name, cookie, with_attrs=True):
    return (u32(1) + u64(cookie) + opaque(name) + u64(cookie) + post_op_attr(with_attrs)
            + u32(1) + fh())


def readdirplus(names, eof=1):
    body = u32(0) + post_op_attr() + u64(0x1234)
    for i, n in enumerate(names):
        body += entry_plus(n, i + 1)
    return body + u32(0) + u32(eof)


def readdir(names, eof=1):
    body = u32(0) + post_op_attr() + u64(0x1234)
    for i, n in enumerate(names):
        body += u32(1) + u64(i + 1) + opaque(n) + u64(i + 1)
    return body + u32(0) + u32(eof)


def exports(dirs):
    body = b''
    for d, groups in dirs:
        body += u32(1) + opaque(d)
        for g in groups:
            body += u32(1) + opaque(g)
        body += u32(0)
    return body + u32(0)


KINDS = {
    'readdirplus': 0, 'readdir': 1, 'getattr': 2, 'lookup': 3, 'read': 4, 'write': 5,
    'readlink': 6, 'fsinfo': 7, 'exports': 8, 'mount': 9, 'commit': 10,
}


def xdr_seeds():
    valid = {
        'readdirplus': [readdirplus([b'.', b'..', b'a.txt', b'sub']), readdirplus([]),
                        readdirplus([b'x' * 255], eof=0), readdirplus([b'a/b', b'../up', b''])],
        'readdir': [readdir([b'.', b'..', b'file']), readdir([]), readdir([b'\xff\xfe'] * 3, eof=0)],
        'getattr': [u32(0) + fattr3(), u32(0) + fattr3(ftype=2, size=4096), u32(70)],
        'lookup': [u32(0) + fh() + post_op_attr() + post_op_attr(), u32(2) + post_op_attr(False)],
        'read': [u32(0) + post_op_attr() + u32(6) + u32(1) + opaque(b'hello\n'),
                 u32(0) + post_op_attr(False) + u32(0) + u32(0) + opaque(b'')],
        'write': [u32(0) + wcc_data() + u32(4096) + u32(2) + u64(7), u32(28) + wcc_data()],
        'readlink': [u32(0) + post_op_attr() + opaque(b'../target'), u32(0) + post_op_attr(False) + opaque(b'/abs')],
        'fsinfo': [u32(0) + post_op_attr() + u32(1 << 20) * 3 + u32(1 << 20) * 3 + u32(4096) + u64(1 << 62)
                   + u32(0) + u32(1) + u32(0x1b)],
        'exports': [exports([(b'/srv/test', [b'*']), (b'/srv/a', []), (b'/srv/ab', [b'10.0.0.0/8', b'host'])]),
                    exports([])],
        'mount': [u32(0) + fh(32) + u32(1) + u32(1), u32(13)],
        'commit': [u32(0) + wcc_data() + u64(7), u32(70) + wcc_data()],
    }
    seeds = []
    for kind, replies in valid.items():
        k = bytes([KINDS[kind]])
        for r in replies:
            seeds.append(k + r)
            # Damaged forms: cut short, one length set huge, trailing garbage.
            seeds.append(k + r[: len(r) // 2])
            seeds.append(k + r[:-3])
            if len(r) > 12:
                seeds.append(k + r[:8] + u32(0xffffffff) + r[12:])
                seeds.append(k + r[:8] + u32(0x7ffffffc) + r[12:])
            seeds.append(k + r + b'\xde\xad\xbe\xef')
    # A list whose "another entry follows" never ends.
    seeds.append(bytes([0]) + u32(0) + post_op_attr() + u64(1) + entry_plus(b'loop', 1)[:-0] * 30)
    seeds.append(bytes([8]) + (u32(1) + opaque(b'/x')) * 40)
    for s in seeds:
        save('xdr', s)
    return len(seeds)


if __name__ == '__main__':
    print('nfsurl', url_seeds(), 'displayname', name_seeds(), 'xdr', xdr_seeds(), file=sys.stderr)
