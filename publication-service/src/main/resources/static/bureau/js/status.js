// A department's status as the bureau reads it. "校验未通过" is a submission whose latest validation has 错误.

export const STATUSES = [
  { key: 'NOT_OPENED', label: '未填报' },
  { key: 'DRAFT', label: '填报中' },
  { key: 'SUBMITTED', label: '已提交' },
  { key: 'FAILED', label: '校验未通过' },
  { key: 'RETURNED', label: '已退回' },
  { key: 'APPROVED', label: '已审核' },
  { key: 'PUBLISHED', label: '已公开' },
];

/** The display status of an overview entry or read model: one of STATUSES' keys. */
export function displayStatus(status, errors) {
  switch (status) {
    case 'DRAFT': return 'DRAFT';
    case 'SUBMITTED': return errors > 0 ? 'FAILED' : 'SUBMITTED';
    case 'RETURNED': return 'RETURNED';
    case 'APPROVED': return 'APPROVED';
    case 'PUBLISHED': return 'PUBLISHED';
    default: return 'NOT_OPENED';
  }
}

export function statusLabel(key) {
  const s = STATUSES.find(x => x.key === key);
  return s ? s.label : key;
}

export function formatTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const p = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
