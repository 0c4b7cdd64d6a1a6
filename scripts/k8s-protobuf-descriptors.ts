/**
 * Extracts the protobuf descriptors of the Kubernetes API types that Capstan serves from a
 * kubectl binary, into server/rest/protobuf/descriptors.bin (a gzipped FileDescriptorSet).
 *
 * Why: kubectl's typed clients (`kubectl create deployment|configmap|secret|namespace|job…`)
 * send request bodies as `application/vnd.kubernetes.protobuf`. Decoding them needs the
 * schemas of Kubernetes' generated.proto files, which every Go client binary carries, gzipped,
 * as registered file descriptors. Source: the Kubernetes project (Apache License 2.0).
 *
 *   npx tsx scripts/k8s-protobuf-descriptors.ts [/usr/bin/kubectl]
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import zlib from 'node:zlib';
import protobuf from 'protobufjs';
import descriptor from 'protobufjs/ext/descriptor/index.js';

/** The generated.proto files Capstan's kinds and kubectl's requests need (with their imports). */
const WANTED = [
  'k8s.io/apimachinery/pkg/runtime/generated.proto',
  'k8s.io/apimachinery/pkg/runtime/schema/generated.proto',
  'k8s.io/apimachinery/pkg/util/intstr/generated.proto',
  'k8s.io/apimachinery/pkg/api/resource/generated.proto',
  'k8s.io/apimachinery/pkg/apis/meta/v1/generated.proto',
  'k8s.io/api/core/v1/generated.proto',
  'k8s.io/api/apps/v1/generated.proto',
  'k8s.io/api/batch/v1/generated.proto',
  'k8s.io/api/rbac/v1/generated.proto',
  'k8s.io/api/coordination/v1/generated.proto',
  'k8s.io/api/authorization/v1/generated.proto',
  'k8s.io/api/authentication/v1/generated.proto',
  'k8s.io/api/autoscaling/v1/generated.proto',
  'k8s.io/api/policy/v1/generated.proto',
  'k8s.io/api/scheduling/v1/generated.proto',
  'k8s.io/api/storage/v1/generated.proto',
  'k8s.io/api/networking/v1/generated.proto',
];

const FileDescriptorProto = (descriptor as unknown as { FileDescriptorProto: protobuf.Type }).FileDescriptorProto;
const FileDescriptorSet = (descriptor as unknown as { FileDescriptorSet: protobuf.Type }).FileDescriptorSet;

const binary = realpathSync(process.argv[2] ?? '/usr/bin/kubectl');
const bytes = readFileSync(binary);
const magic = Buffer.from([0x1f, 0x8b, 0x08]);
const files = new Map<string, Buffer>();
for (let i = bytes.indexOf(magic); i >= 0; i = bytes.indexOf(magic, i + 1)) {
  let out: Buffer;
  try {
    out = zlib.gunzipSync(bytes.subarray(i, i + 4_000_000), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  } catch {
    continue;
  }
  try {
    const file = FileDescriptorProto.decode(out) as unknown as { name?: string };
    if (file.name && WANTED.includes(file.name) && !files.has(file.name)) files.set(file.name, out);
  } catch {
    /* not a descriptor */
  }
}
const missing = WANTED.filter((w) => !files.has(w));
if (missing.length > 0) throw new Error(`${binary} lacks descriptors for: ${missing.join(', ')}`);
const set = FileDescriptorSet.encode({ file: WANTED.map((w) => FileDescriptorProto.decode(files.get(w)!)) }).finish();
const target = new URL('../server/rest/protobuf/descriptors.bin', import.meta.url);
writeFileSync(target, zlib.gzipSync(set, { level: 9 }));
console.log(`wrote ${WANTED.length} descriptors (${set.length} bytes, gzipped) from ${binary}`);
