"""Where two teachers' logits differ, on the test set: the squared difference of their per-example
centred logits (what T^2 KL approaches at high T, times 1/(2N)), split by class rank."""
import sys
from props import idx
(_, k), a = idx(sys.argv[1]); (_, _), b = idx(sys.argv[2]); _, y = idx(sys.argv[3])
n = len(y)
parts = {'label': 0.0, 'runner-up': 0.0, 'other 8': 0.0}
corr_num = corr_den_a = corr_den_b = 0.0
for i in range(n):
    ra, rb = a[i*k:(i+1)*k], b[i*k:(i+1)*k]
    ma, mb = sum(ra)/k, sum(rb)/k
    ca, cb = [x-ma for x in ra], [x-mb for x in rb]
    order = sorted((j for j in range(k) if j != y[i]), key=lambda j: -ra[j])
    for j in range(k):
        d = (ca[j]-cb[j])**2
        key = 'label' if j == y[i] else ('runner-up' if j == order[0] else 'other 8')
        parts[key] += d
    # correlation of the 9 non-label centred logits
    na = [ca[j] for j in range(k) if j != y[i]]; nb = [cb[j] for j in range(k) if j != y[i]]
    ma2, mb2 = sum(na)/9, sum(nb)/9
    corr_num += sum((x-ma2)*(z-mb2) for x, z in zip(na, nb))
    corr_den_a += sum((x-ma2)**2 for x in na); corr_den_b += sum((z-mb2)**2 for z in nb)
tot = sum(parts.values())
print(' '.join(f'{p}: {100*v/tot:.0f}%' for p, v in parts.items()),
      f'| mean squared difference of the centred logits {tot/n:.1f}',
      f'| correlation of the wrong classes\' logits {corr_num/(corr_den_a*corr_den_b)**0.5:.3f}')
