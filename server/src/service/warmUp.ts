import { TextDocument } from '../textDocument';
import { createLanguageService } from './languageService';

/** A port of the dump below, its partner's system priority, MAC, key, port priority, number and state. */
const port = (n: number, aggregator: number, churn: string, state: number, [priority, mac, key, portPriority, number, partnerState]: (string | number)[]) => `Slave Interface: ens1f${n - 1}
MII Status: up
Speed: 10000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: 02:00:00:15:00:0${n}
Slave queue ID: 0
Aggregator ID: ${aggregator}
Actor Churn State: ${churn}
Partner Churn State: ${churn}
Actor Churned Count: ${Number(churn !== 'none')}
Partner Churned Count: ${Number(churn !== 'none')}
details actor lacp pdu:
    system priority: 65535
    system mac address: 02:00:00:15:00:01
    port key: 15
    port priority: 255
    port number: ${n}
    port state: ${state}
details partner lacp pdu:
    system priority: ${priority}
    system mac address: ${mac}
    oper key: ${key}
    port priority: ${portPriority}
    port number: ${number}
    port state: ${partnerState}
`;

/**
 * A bond the way tickets show it: 802.3ad, one healthy port and one in another aggregator whose partner never
 * answered. Checking it once runs the parser, the model and the rules that a real dump needs.
 */
const DUMP = `Ethernet Channel Bonding Driver: v6.8.0-54-generic

Bonding Mode: IEEE 802.3ad Dynamic link aggregation
Transmit Hash Policy: layer3+4 (1)
MII Status: up
MII Polling Interval (ms): 100
Up Delay (ms): 0
Down Delay (ms): 0
Peer Notification Delay (ms): 0

802.3ad info
LACP active: on
LACP rate: slow
Min links: 0
Aggregator selection policy (ad_select): stable
System priority: 65535
System MAC address: 02:00:00:15:00:01
Active Aggregator Info:
	Aggregator ID: 1
	Number of ports: 1
	Actor Key: 15
	Partner Key: 20
	Partner Mac Address: 00:00:5e:00:53:15

${port(1, 1, 'none', 61, [32768, '00:00:5e:00:53:15', 20, 32768, 17, 61])}
${port(2, 2, 'churned', 69, [65535, '00:00:00:00:00:00', 1, 255, 1, 1])}`;

const IFCFG = 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=802.3ad miimon=100 lacp_rate=fast xmit_hash_policy=layer3+4"\nONBOOT=yes\n';

/**
 * Checks a small dump and an ifcfg file with a service of its own and forgets them, so that the code a check runs
 * has been compiled (and can be cached, see node/engineLoader.ts).
 */
export function warmUp(): void {
  const service = createLanguageService();
  const docs = [TextDocument.create('untitled:warm-up.txt', 'plaintext', 1, DUMP), TextDocument.create('untitled:ifcfg-bond0', 'ifcfg', 1, IFCFG)];
  for (const doc of docs) {
    service.doValidation(doc);
    service.forget(doc.uri);
  }
}
