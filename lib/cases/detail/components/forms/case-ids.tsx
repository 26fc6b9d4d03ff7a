/** Every versioned command names its case and the version the officer saw (compare-and-set). */
export function CaseIds({ caseId, version }: { caseId: string; version?: number }) {
  return (
    <>
      <input type="hidden" name="caseId" value={caseId} />
      {version === undefined ? null : <input type="hidden" name="version" value={String(version)} />}
    </>
  );
}
