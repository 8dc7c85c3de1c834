"""Properties of a teacher's logits over the transfer (training) set and the test set, read from
`distil predict --logits` IDX files (f32, items x classes); labels from the MNIST IDX files."""
import gzip, math, struct, sys

def idx(path):
    b = gzip.open(path).read() if path.endswith('.gz') else open(path, 'rb').read()
    t, r = b[2], b[3]
    dims = struct.unpack('>' + 'I' * r, b[4:4 + 4 * r])
    body = b[4 + 4 * r:]
    if t == 0x08:
        return dims, list(body)
    assert t == 0x0D
    n = len(body) // 4
    return dims, list(struct.unpack('>' + 'f' * n, body))

def props(logits_path, labels_path):
    (n, k), v = idx(logits_path)
    _, y = idx(labels_path)
    err = ent20 = margin = std = nll = dark20 = 0.0
    for i in range(n):
        row = v[i * k:(i + 1) * k]
        top = max(range(k), key=lambda j: row[j])
        err += top != y[i]
        s = sorted(row, reverse=True)
        margin += s[0] - s[1]
        m = sum(row) / k
        std += math.sqrt(sum((x - m) ** 2 for x in row) / k)
        z = [x / 20 for x in row]
        zm = max(z)
        e = [math.exp(x - zm) for x in z]
        tot = sum(e)
        p = [x / tot for x in e]
        ent20 += -sum(q * math.log(q) for q in p if q > 0)
        dark20 += 1 - p[y[i]]
        e1 = [math.exp(x - s[0]) for x in row]
        nll += -(row[y[i]] - s[0] - math.log(sum(e1)))
    return dict(errors=int(err), entropy_t20=ent20 / n, margin=margin / n, logit_sd=std / n,
                nll=nll / n, mass_off_label_t20=dark20 / n)

if __name__ == '__main__':
    name, train_logits, test_logits, data = sys.argv[1:5]
    tr = props(train_logits, data + '/train-labels-idx1-ubyte.gz')
    te = props(test_logits, data + '/t10k-labels-idx1-ubyte.gz')
    print(name, 'train', ' '.join(f'{k}={v:.4g}' for k, v in tr.items()))
    print(name, 'test ', ' '.join(f'{k}={v:.4g}' for k, v in te.items()))
