// A stand-in for pipeline/worker.mjs in the pool tests: loops forever on the text "HANG".
export default function run(task) {
  if (task.text === 'HANG') for (;;) {}
  return { schemaVersion: 1, id: task.id, language: { code: 'und', confidence: 0 }, referenceDate: null, entities: [] };
}

export function ready() {
  return true;
}
