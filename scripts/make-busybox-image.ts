/**
 * Makes `localhost/busybox` (or the name given) in podman's local storage from Debian's
 * busybox-static, since no registry is reachable. Idempotent.
 *
 *   npx tsx scripts/make-busybox-image.ts [--root DIR] [--runroot DIR] [--image NAME]
 *
 * Pass the same --root/--runroot as the agent's podman runtime (CAPSTAN_PODMAN_ROOT /
 * CAPSTAN_PODMAN_RUNROOT, which are also the defaults here); without them, podman's own storage.
 */
import { parseArgs } from 'node:util';
import { ensureBusyboxImage } from '../node-agent/runtime/podman/busybox-image.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.env.CAPSTAN_PODMAN_ROOT },
    runroot: { type: 'string', default: process.env.CAPSTAN_PODMAN_RUNROOT },
    image: { type: 'string', default: 'localhost/busybox' },
    busybox: { type: 'string', default: '/bin/busybox' },
  },
});

try {
  const built = await ensureBusyboxImage({ root: values.root, runroot: values.runroot, image: values.image, busybox: values.busybox });
  console.log(built ? `built ${values.image}` : `${values.image} already exists`);
} catch (err) {
  console.error(`make-busybox-image: ${(err as Error).message}`);
  process.exit(1);
}
