//! The element-wise kernels of the GPU path, CUDA C compiled at run time with NVRTC for the device's
//! compute capability (so no CUDA toolkit is needed to build the crate).
//!
//! Each kernel mirrors a CPU function and keeps its conventions: row-major `[rows × cols]` buffers,
//! inverted dropout with masks from the same counter-based hash as [`crate::rng::dropout_mask`]
//! (murmur3's finaliser of `i·0x9E3779B9 + key_lo ^ key_hi`, keep where `hash ≥ p·2³²`), so a device
//! batch drops exactly the units the CPU drops for the same (seed, epoch, batch, layer). The
//! arithmetic is plain f32 with CUDA's `expf`/`logf` (not the CPU's own `exp_f32`/`ln_f32`), so
//! results agree with the CPU to rounding, not bit for bit.
//!
//! Launch shapes: the 1-D kernels use a grid-stride loop (any grid covers any `n`); the per-row loss
//! and the per-column reductions use one thread per row or column, with a bounds check.

/// Names of the kernels, in the order [`super::Kernels`] loads them.
pub const NAMES: [&str; 8] = [
    "gather_input",
    "bias_relu",
    "add_bias",
    "loss_rows",
    "col_sums",
    "relu_backward",
    "sgd_momentum",
    "max_norm",
];

/// Threads per block of every kernel.
pub const BLOCK: u32 = 256;

pub const SOURCE: &str = r#"
typedef unsigned int u32;
typedef long long i64;

#define GRID_STRIDE(e, n) for (i64 e = (i64)blockIdx.x * blockDim.x + threadIdx.x; e < (n); e += (i64)gridDim.x * blockDim.x)

// rng::hash32: murmur3's 32-bit finaliser applied to a keyed counter (wrapping u32 arithmetic).
__device__ __forceinline__ u32 hash32(u32 i, u32 klo, u32 khi) {
    u32 x = (i * 0x9E3779B9u + klo) ^ khi;
    x ^= x >> 16;
    x *= 0x85EBCA6Bu;
    x ^= x >> 13;
    x *= 0xC2B2AE35u;
    return x ^ (x >> 16);
}

// The dropout mask of element e of a [rows × cols] buffer: scale where kept, 0 where dropped.
// The CPU counts elements with a wrapping u32 counter; so does (u32)e.
__device__ __forceinline__ float mask_at(i64 e, u32 klo, u32 khi, u32 thr, float scale) {
    return hash32((u32)e, klo, khi) >= thr ? scale : 0.0f;
}

// The network input of a batch: row r is example desc[4r] of `data` ([examples × f], resident),
// translated by (dx, dy) = (desc[4r+1], desc[4r+2]) when `shift` (zero fill; out[y][x] = in[y-dy][x-dx]
// on an h × w image, as Dataset::fill_batch), then input dropout when `drop`.
extern "C" __global__ void gather_input(float* out, const float* data, const int* desc, i64 rows, i64 f,
                                        int h, int w, int shift, int drop, u32 klo, u32 khi, u32 thr,
                                        float scale) {
    GRID_STRIDE(e, rows * f) {
        i64 r = e / f, p = e - r * f;
        const float* src = data + (i64)desc[4 * r] * f;
        float v;
        if (shift) {
            int dx = desc[4 * r + 1], dy = desc[4 * r + 2];
            i64 y = p / w, x = p - y * w;
            i64 sy = y - dy, sx = x - dx;
            v = (sy < 0 || sy >= h || sx < 0 || sx >= w) ? 0.0f : src[sy * w + sx];
        } else {
            v = src[p];
        }
        if (drop) v *= mask_at(e, klo, khi, thr, scale);
        out[e] = v;
    }
}

// Hidden layer: x = max(x + bias, 0) · mask, x: [rows × o], bias: [o].
extern "C" __global__ void bias_relu(float* x, const float* bias, i64 rows, i64 o, int drop, u32 klo,
                                     u32 khi, u32 thr, float scale) {
    GRID_STRIDE(e, rows * o) {
        float v = x[e] + bias[e % o];
        v = v > 0.0f ? v : 0.0f;
        if (drop) v *= mask_at(e, klo, khi, thr, scale);
        x[e] = v;
    }
}

// Output layer: x += bias on every row.
extern "C" __global__ void add_bias(float* x, const float* bias, i64 rows, i64 o) {
    GRID_STRIDE(e, rows * o) { x[e] += bias[e % o]; }
}

// One thread per row: the loss of the row, its error against the label, and the gradient of the
// batch-mean loss with respect to the logits (loss::hard_ce, or loss::distill when `soft`).
// z, dz: [rows × c]; label of row r: desc[4r+3]; teacher logits of row r: teacher[desc[4r] · c ..].
// Writes row_loss[at + r] (f64, summed on the host in order) and row_err[at + r].
extern "C" __global__ void loss_rows(const float* z, const int* desc, const float* teacher, float* dz,
                                     double* row_loss, u32* row_err, i64 at, int rows, int c,
                                     float hard_scale, int soft, float inv_t, float soft_scale,
                                     float alpha, float t) {
    int r = blockIdx.x * blockDim.x + threadIdx.x;
    if (r >= rows) return;
    const float* zr = z + (i64)r * c;
    float* dr = dz + (i64)r * c;
    int label = desc[4 * r + 3];
    if (label < 0 || label >= c) {
        row_loss[at + r] = __longlong_as_double(0x7ff8000000000000LL);  // NaN: reported by the host
        row_err[at + r] = 1;
        for (int j = 0; j < c; j++) dr[j] = 0.0f;
        return;
    }
    float max = __int_as_float(0xff800000);
    int arg = 0;
    for (int j = 0; j < c; j++) {
        if (zr[j] > max) { max = zr[j]; arg = j; }
    }
    float sum = 0.0f;
    for (int j = 0; j < c; j++) sum += expf(zr[j] - max);
    float inv_s = 1.0f / sum;
    for (int j = 0; j < c; j++) {
        float y = j == label ? 1.0f : 0.0f;
        dr[j] = hard_scale * (expf(zr[j] - max) * inv_s - y);
    }
    double hard = (double)logf(sum) + (double)max - (double)zr[label];
    double loss = hard;
    if (soft) {
        const float* vr = teacher + (i64)desc[4 * r] * c;
        float vmax = __int_as_float(0xff800000);
        for (int j = 0; j < c; j++) vmax = vr[j] > vmax ? vr[j] : vmax;
        float sz = 0.0f, sv = 0.0f;
        for (int j = 0; j < c; j++) {
            sz += expf((zr[j] - max) * inv_t);
            sv += expf((vr[j] - vmax) * inv_t);
        }
        float inv_sz = 1.0f / sz, inv_sv = 1.0f / sv, ln_sz = logf(sz);
        double row = 0.0;
        for (int j = 0; j < c; j++) {
            float zs = (zr[j] - max) * inv_t;
            float q = expf(zs) * inv_sz;
            float p = expf((vr[j] - vmax) * inv_t) * inv_sv;
            dr[j] += soft_scale * (q - p);
            float lq = zs - ln_sz;
            lq = lq < -3.402823466e38f ? -3.402823466e38f : lq;
            row += (double)p * (double)lq;
        }
        loss = (double)alpha * ((double)t * (double)t) * (-row) + (1.0 - (double)alpha) * hard;
    }
    row_loss[at + r] = loss;
    row_err[at + r] = arg != label;
}

// out[j] = sum over rows of x[r][j], rows in order; one thread per column. x: [rows × cols].
extern "C" __global__ void col_sums(float* out, const float* x, i64 rows, i64 cols) {
    i64 j = (i64)blockIdx.x * blockDim.x + threadIdx.x;
    if (j >= cols) return;
    float s = 0.0f;
    for (i64 r = 0; r < rows; r++) s += x[r * cols + j];
    out[j] = s;
}

// dy = y > 0 ? dy · mask : 0, with y the layer's forward output. Where y > 0 the unit was kept, so its
// mask value is `scale` (1 without dropout): the mask need not be stored.
extern "C" __global__ void relu_backward(float* dy, const float* y, i64 n, int masked, float scale) {
    GRID_STRIDE(e, n) {
        float g = masked ? dy[e] * scale : dy[e];
        dy[e] = y[e] > 0.0f ? g : 0.0f;
    }
}

// Classical momentum: v = mu·v - lr·g; w += v.
extern "C" __global__ void sgd_momentum(float* w, float* v, const float* g, i64 n, float lr, float mu) {
    GRID_STRIDE(e, n) {
        float nv = mu * v[e] - lr * g[e];
        v[e] = nv;
        w[e] += nv;
    }
}

// Max-norm: every column of w ([rows × cols], a hidden unit's incoming weights) whose L2 norm exceeds
// c is scaled back to norm c. One thread per column.
extern "C" __global__ void max_norm(float* w, i64 rows, i64 cols, float c) {
    i64 j = (i64)blockIdx.x * blockDim.x + threadIdx.x;
    if (j >= cols) return;
    float n2 = 0.0f;
    for (i64 r = 0; r < rows; r++) { float v = w[r * cols + j]; n2 += v * v; }
    if (n2 > c * c) {
        float s = c / sqrtf(n2);
        for (i64 r = 0; r < rows; r++) w[r * cols + j] *= s;
    }
}
"#;
