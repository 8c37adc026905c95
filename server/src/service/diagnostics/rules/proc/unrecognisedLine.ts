import { PRINTED_AFTER, PROC_FIELDS, type ProcField, VALUE_EXPECTED, VALUE_PATTERN, fieldScope, procFieldById } from '../../../../knowledge/procFields';
import { type Text, fill } from '../../../../knowledge/text';
import { parseHashPolicy, parseModeLine } from '../../../../model/procModel';
import { type ProcLineShape, type ProcShapeTable, isContent } from '../../../../syntax/procBonding';
import type { Rule } from '../../rule';
import { type ProcRuleContext, lineRange, valueRange } from '../../procContext';
import { t } from './util';

const SECTION: Readonly<Record<string, Text>> = {
  header: t('first line', '第一行'),
  bond: t('bond section', 'bond 部分'),
  ad: t('802.3ad info section', '802.3ad info 部分'),
  aggregator: t('Active Aggregator Info block', 'Active Aggregator Info 块'),
  slave: t('Slave Interface blocks', 'Slave Interface 块'),
  actor: t('details actor lacp pdu blocks', 'details actor lacp pdu 块'),
  partner: t('details partner lacp pdu blocks', 'details partner lacp pdu 块'),
};

function sections(fields: readonly ProcField[]): Text {
  const scopes = [...new Set(fields.map(fieldScope))];
  return t(scopes.map((s) => SECTION[s]!.en).join(' or the '), scopes.map((s) => SECTION[s]!.zh).join('或 '));
}

function unknownMessage(line: ProcLineShape): Text {
  const near = line.near ?? [];
  const label = near[0]?.label;
  if (line.reason === 'misplaced' && label) {
    const where = sections(near);
    return t(`"${label}" is out of place here: the bonding driver prints it only in the ${where.en}.`, `"${label}" 出现的位置不对：bonding 驱动只在 ${where.zh}中打印它。`);
  }
  if (line.reason === 'noColon' && label) return t(`"${label}" without its value: the bonding driver prints "${label}: <value>".`, `"${label}" 缺少值：bonding 驱动打印的是 "${label}: <值>"。`);
  if (label) return t(`The bonding driver prints "${label}", not "${line.labelText}".`, `bonding 驱动打印的是 "${label}"，而不是 "${line.labelText}"。`);
  return t('The bonding driver never prints this line: it was added or changed by hand.', 'bonding 驱动从不打印这一行：它是手工添加或修改的。');
}

/** Fields by their index in PROC_FIELDS, and PRINTED_AFTER as a matrix of those indexes: asked for every line of a dump. */
const FIELD_INDEX: ReadonlyMap<ProcField, number> = new Map(PROC_FIELDS.map((f, i) => [f, i]));
const FIELD_COUNT = PROC_FIELDS.length;
/** `[after * FIELD_COUNT + field]` is 1 when the kernel prints `field` right after `after`; read for ORDERED fields only. */
const ALLOWED_AFTER = new Uint8Array(FIELD_COUNT * FIELD_COUNT);
/** 1 for the fields PRINTED_AFTER lists: only those have an order to break. */
const ORDERED = new Uint8Array(FIELD_COUNT);
for (const [id, after] of Object.entries(PRINTED_AFTER)) {
  const field = FIELD_INDEX.get(procFieldById(id)!)!;
  ORDERED[field] = 1;
  for (const a of after) ALLOWED_AFTER[FIELD_INDEX.get(procFieldById(a)!)! * FIELD_COUNT + field] = 1;
}

/**
 * Judged shapes by parse (the dumps of one text share its shapes): by shape id, 0 until judged, then the field's index
 * times 4 plus PRINTABLE or NOT_PRINTABLE. Held weakly: a parse is dropped with its document version.
 */
const judgedByParse = new WeakMap<ProcShapeTable, Uint16Array>();
const PRINTABLE = 1;
const NOT_PRINTABLE = 2;

function judgedFor(shapes: ProcShapeTable): Uint16Array {
  const judged = judgedByParse.get(shapes);
  if (judged && judged.length >= shapes.count) return judged;
  // A parse still under way has added shapes since: what was judged stays.
  const grown = new Uint16Array(shapes.count);
  if (judged) grown.set(judged);
  judgedByParse.set(shapes, grown);
  return grown;
}

/** Whether the kernel can print `value` on a line of this field. */
function printable(field: ProcField, value: string): boolean {
  switch (field.value) {
    case 'enum':
      return field.values?.includes(value) ?? true;
    case 'mode': {
      const { text, mode, failOverMac } = parseModeLine(value);
      // bond_mode_name() says `unknown` for a number it has no name for; the suffix exists only in active-backup.
      if (failOverMac !== undefined) return mode?.number === 1 && (failOverMac === 'active' || failOverMac === 'follow');
      return mode !== undefined || text === 'unknown';
    }
    case 'hashPolicy':
      return parseHashPolicy(value) !== undefined;
    default:
      return VALUE_PATTERN[field.value].test(value);
  }
}

function valueMessage(line: ProcLineShape, field: ProcField): Text {
  const expected = fill(VALUE_EXPECTED[field.value], { values: (field.values ?? []).join(', ') });
  if (line.valueText === '') return t(`"${field.label}" without a value: the bonding driver prints ${expected.en} there.`, `"${field.label}" 缺少值：bonding 驱动在此打印${expected.zh}。`);
  return t(
    `The bonding driver never prints "${line.valueText}" as ${field.label}: it prints ${expected.en}.`,
    `bonding 驱动不会把 "${line.valueText}" 打印为 ${field.label}：它打印的是${expected.zh}。`,
  );
}

const labelOf = (id: string) => PROC_FIELDS.find((f) => f.id === id)!.label;

const AFTER_NO_AGGREGATOR = t(
  'The bonding driver never prints "Actor Churn State" after "Aggregator ID: N/A": it prints the churn lines only for a port in an aggregator.',
  'bonding 驱动从不在 "Aggregator ID: N/A" 之后打印 "Actor Churn State"：它只为已加入聚合组的端口打印抖动相关行。',
);

function orderMessage(line: ProcLineShape, previous: ProcLineShape): Text {
  const allowed = [...new Set(PRINTED_AFTER[line.field!.id]!.map(labelOf))];
  const label = line.field!.label;
  const before = previous.field!.label || 'bond … has no active aggregator';
  const only =
    allowed.length <= 3
      ? t(` It prints it only after "${allowed.join('" or "')}".`, `它只在 "${allowed.join('" 或 "')}" 之后打印此行。`)
      : t('', '');
  return t(
    `The bonding driver never prints "${label}" right after "${before}": lines above it were removed, added or reordered.${only.en}`,
    `bonding 驱动从不在 "${before}" 之后紧接着打印 "${label}"：其上方的行被删除、添加或调换过。${only.zh}`,
  );
}

/**
 * Every line of a dump comes from bond_procfs.c: a fixed text, a value of a known form, in a fixed order. A line that
 * breaks any of the three was written or edited by hand, so the dump cannot be taken as what the kernel said.
 */
export const unrecognisedLine: Rule<ProcRuleContext> = {
  code: 'proc.unrecognised-line',
  severity: 'warning',
  title: t('Line the bonding driver does not print', 'bonding 驱动不会打印的行'),
  doc: {
    description: t(
      'Every line of a /proc/net/bonding dump comes from `bond_procfs.c`, in a fixed order and with values of a fixed form. A line that no kernel prints, a value no kernel prints, or a line where the kernel never prints it (lines removed or reordered) means the text was added or altered by hand, or written by someone who never ran the command: it cannot be trusted as kernel output. Masked addresses (`xx:xx:…`), `# comments` and notes after an arrow (`<-- the active port`, `← failed twice`), missing trailing lines (a cut-off dump) and lines a kernel era does not print are accepted, and so are missing lines in grep output without the dump\'s blank lines (`grep -E … /proc/net/bonding/*` prints the lines it matched only) and around a line that says lines were left out (`[...]`, `<snip>`).',
      '/proc/net/bonding 输出的每一行都来自 `bond_procfs.c`，顺序固定、值的格式固定。任何内核都不会打印的行或值，或出现在内核从不打印它的位置（行被删除或调换）的行，都说明文本被手工添加或修改过，或由未实际执行命令的人编写：不能当作内核输出。已遮盖的地址（`xx:xx:…`）、`# 注释`和箭头后的说明（`<-- 当前活动端口`、`← 失败两次`）、末尾缺少的行（被截断的输出）以及某一内核版本不打印的行都可以接受；不含空行的 grep 输出中缺少的行（`grep -E … /proc/net/bonding/*` 只打印匹配的行）以及表示省略的行（`[...]`、`<snip>`）前后缺少的行也可以接受。',
    ),
    bad: 'Slave Interface: eth0\nPartner MAC: 00:1c:73:00:00:01',
    good: 'Slave Interface: eth0\nMII Status: up',
  },
  check({ bond }, report) {
    // A ticket's dumps have tens of thousands of lines: they are read by shape, each shape is judged once, and a node
    // is made for a finding only.
    const { syntax } = bond;
    let last = syntax.lastLine;
    while (last >= syntax.firstLine && !isContent(syntax.shapeAt(last))) last--;
    const judged = judgedFor(syntax.shapes);
    let previous: ProcLineShape | undefined;
    let previousIndex = -1;
    for (let n = syntax.firstLine; n <= last; n++) {
      const shape = syntax.shapeAt(n);
      if (!isContent(shape)) continue;
      if (shape.kind === 'unknown') {
        // A line whose heading grep left out is in its place for all the dump shows.
        if (!syntax.filtered || shape.reason !== 'misplaced') report({ range: lineRange(syntax.lineAt(n)), message: unknownMessage(shape) });
        // What came before an unknown line is unknown: the next line starts a new sequence.
        previous = undefined;
        continue;
      }
      const field = shape.field!;
      const id = syntax.shapes.idAt(n);
      const packed = (judged[id] ||= FIELD_INDEX.get(field)! * 4 + (shape.kind === 'noActiveAggregator' || printable(field, shape.valueText) ? PRINTABLE : NOT_PRINTABLE));
      const index = packed >> 2;
      // A dump cut off in the middle of its last line keeps that line's label only.
      const cut = n === last && shape.valueText === '';
      if ((packed & 3) === NOT_PRINTABLE && !cut) {
        const line = syntax.lineAt(n);
        report({ range: line.value ? valueRange(line) : lineRange(line), message: valueMessage(shape, field) });
      } else if (field.id === 'slave.actorChurnState' && previous?.valueText === 'N/A' && previous.field?.id === 'slave.aggregatorId') {
        // bond_info_show_slave prints the churn lines and the LACP blocks only `if (agg)`; without one, `N/A` ends the port.
        report({ range: lineRange(syntax.lineAt(n)), message: AFTER_NO_AGGREGATOR });
      } else if (previous && ORDERED[index] === 1 && ALLOWED_AFTER[previousIndex * FIELD_COUNT + index] === 0) {
        report({ range: lineRange(syntax.lineAt(n)), message: orderMessage(shape, previous) });
      }
      // Lines grep left out break no order.
      previous = syntax.filtered ? undefined : shape;
      previousIndex = index;
    }
  },
};
