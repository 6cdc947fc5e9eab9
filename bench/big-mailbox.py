#!/usr/bin/env python3
"""Writes the test mailbox of BigMailboxIT (same shape, other random bytes), for measuring by hand:

    python3 bench/big-mailbox.py /tmp/Inbox.mbox
    /usr/bin/time -f "%e s, %M kB" java -Xmx24m -Xlog:gc:file=/tmp/gc.log -jar target/scamcheck.jar \
        check --json --no-progress /tmp/Inbox.mbox > /tmp/out.json

400 messages (about 197 MB): every tenth with a 1 MB attachment; the 99th, 199th, 299th, 399th and 400th
with a 20 MB one instead. Even messages have a line quoted as ">From " (mbox style).
"""
import base64
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "Inbox.mbox"
r = random.Random(17)


def attachment(n):
    return base64.encodebytes(r.randbytes(n)).decode().rstrip("\n")  # lines of 76 letters


small = attachment(1 << 20)
big = attachment(20 << 20)
with open(out, "w", newline="\n") as w:
    for i in range(1, 401):
        w.write(f"From sender{i}@example.org Tue Nov 24 10:00:00 2026\n")
        w.write(f"From: Sender {i} <sender{i}@example.org>\nTo: you@example.com\n")
        w.write(f"Subject: Note {i}\nDate: Tue, 24 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n")
        text = ("Hi Ann,\nThe book club meets on Thursday at 7. Bring the second book.\n"
                ">From the library: it is due back next week.\nBen\n" if i % 2 == 0 else
                "Your Windows license has expired and your computer is blocked.\n"
                "Call Microsoft Support now at 1-844-286-1916 to restore access.\n")
        large = i % 100 == 99 or i == 400
        data = big if large else (small if i % 10 == 0 else None)
        if data is None:
            w.write("Content-Type: text/plain; charset=utf-8\n\n" + text)
        else:
            name = ("holiday" if large else "photos") + f"{i}.zip"
            w.write('Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n' + text)
            w.write(f'--b\nContent-Type: application/zip; name="{name}"\n'
                    f'Content-Disposition: attachment; filename="{name}"\nContent-Transfer-Encoding: base64\n\n')
            w.write(data)
            w.write("\n--b--\n")
        w.write("\n")
