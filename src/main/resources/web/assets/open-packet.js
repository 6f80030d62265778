// Opens a referral packet in the partner's browser: reads the partner's key file with FileReader, downloads the
// encrypted packet, decrypts it and verifies the Waymark service key's signature here, then shows the facts and
// offers the verified files. Neither the key, its passphrase nor the opened contents are ever sent anywhere.
// The same checks as `open-packet` (crypto/PacketOpener): the key must be the packet's recipient, the signature must
// be the service key's (the one whose fingerprint the page shows) over exactly these contents, the encryption's
// integrity check must pass, and the archive must hold exactly referral.pdf and referral.json. Anything else is
// refused with the page's plain-words message and nothing is shown.
import * as openpgp from '/assets/vendor/openpgp-6.3.2/openpgp.min.mjs';
import {renderFacts} from '/assets/packet-facts.js';

const section = document.getElementById('open-here');
const status = document.getElementById('open-status');
const result = document.getElementById('open-result');

/** A refusal the partner reads: `kind` names the message in the page's language (data-msg-<kind>). */
class Refused extends Error {
  constructor(kind) {
    super(kind);
    this.kind = kind;
  }
}

function refuse(kind) {
  throw new Refused(kind);
}

function message(kind) {
  return section.dataset['msg' + kind.charAt(0).toUpperCase() + kind.slice(1)] || section.dataset.msgChanged;
}

function show(kind, extra) {
  status.textContent = message(kind) + (extra ? ' ' + extra : '');
  status.className = kind === 'verified' ? 'notice' : kind === 'working' ? '' : 'error';
}

function readFile(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result));
    reader.onerror = () => reject(new Refused('unreadableKey'));
    reader.readAsArrayBuffer(file);
  });
}

async function download(url, accept) {
  let response;
  try {
    response = await fetch(url, {credentials: 'same-origin', headers: {Accept: accept}});
  } catch (e) {
    refuse('downloadFailed');
  }
  if (!response.ok) {
    refuse('downloadFailed');
  }
  return new Uint8Array(await response.arrayBuffer());
}

const text = (bytes) => new TextDecoder().decode(bytes);
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
const sha256 = async (bytes) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

// ---- OpenPGP: openpgp.js does the decryption, the integrity (MDC) check and the signature check ----

async function openOpenPgp(packet, keyFile, passphrase) {
  let key;
  try {
    const armored = text(keyFile);
    key = armored.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----')
      ? await openpgp.readPrivateKey({armoredKey: armored})
      : await openpgp.readPrivateKey({binaryKey: keyFile});
  } catch (e) {
    refuse('unreadableKey');
  }
  if (!key.isDecrypted()) {
    if (!passphrase) {
      refuse('passphraseNeeded');
    }
    try {
      // a key protected with Argon2 S2K is unlocked by openpgp.js's Argon2 in WebAssembly (this page's CSP admits it)
      key = await openpgp.decryptKey({privateKey: key, passphrase});
    } catch (e) {
      refuse(/Argon2/.test(String(e && e.message)) ? 'keyTooCostly' : 'passphraseWrong'); // out of memory for its Argon2 settings
    }
  }
  const signer = await openpgp.readKey({armoredKey: text(await download('/api/v1/service-key/openpgp', 'application/pgp-keys'))});
  if (signer.getFingerprint().toUpperCase() !== section.dataset.serviceFingerprint) {
    refuse('signer');
  }
  let message;
  try {
    message = await openpgp.readMessage({binaryMessage: packet});
  } catch (e) {
    refuse('changed');
  }
  const ours = key.getKeys().map((k) => k.getKeyID().toHex());
  if (!message.getEncryptionKeyIDs().some((id) => ours.includes(id.toHex()))) {
    refuse('wrongKey');
  }
  let opened;
  try {
    opened = await openpgp.decrypt({message, decryptionKeys: key, verificationKeys: signer, expectSigned: true, format: 'binary'});
  } catch (e) {
    refuse(/signature|signed/i.test(String(e && e.message)) ? 'signer' : 'changed');
  }
  if (opened.signatures.length !== 1 || !signer.getKeys().some((k) => k.getKeyID().equals(opened.signatures[0].keyID))) {
    refuse('signer');
  }
  return {contents: opened.data, signer: signer.getFingerprint().toUpperCase()};
}

// ---- CMS: a small DER reader and WebCrypto, for the one CMS shape Waymark writes (crypto/CmsProfile): RSA-OAEP key
// transport or ECDH (P-256) key agreement, AES-256-GCM ----

/** One DER element: its tag, the bytes of its value, and all its bytes. */
function der(bytes, at = 0) {
  if (at + 2 > bytes.length) {
    throw new Error('truncated');
  }
  const tag = bytes[at];
  let length = bytes[at + 1];
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) {
      throw new Error('unsupported length');
    }
    length = 0;
    for (let i = 0; i < count; i++) {
      length = length * 256 + bytes[start + i];
    }
    start += count;
  }
  if (start + length > bytes.length) {
    throw new Error('truncated');
  }
  return {tag, value: bytes.subarray(start, start + length), all: bytes.subarray(at, start + length), end: start + length};
}

/** The elements inside a constructed element, each checked for its expected tag when one is given. */
function children(element, ...tags) {
  const list = [];
  for (let at = 0; at < element.value.length;) {
    const child = der(element.value, at);
    list.push(child);
    at = child.end;
  }
  tags.forEach((tag, i) => {
    if (tag !== null && (!list[i] || list[i].tag !== tag)) {
      throw new Error('unexpected structure');
    }
  });
  return list;
}

const SEQ = 0x30;
const SET = 0x31;
const INT = 0x02;
const OCTETS = 0x04;
const OID = 0x06;
const oid = (element) => hex(element.value);
const OIDS = {
  authEnvelopedData: '2A864886F70D0109100117', // 1.2.840.113549.1.9.16.1.23
  signedData: '2A864886F70D010702',
  data: '2A864886F70D010701',
  aes256Gcm: '60864801650304012E',
  rsaOaep: '2A864886F70D010107',
  rsaEncryption: '2A864886F70D010101',
  sha256: '608648016503040201',
  messageDigest: '2A864886F70D010904',
  contentType: '2A864886F70D010903',
  ecdsaSha256: '2A8648CE3D040302',
  ecPublicKey: '2A8648CE3D0201', // 1.2.840.10045.2.1
  p256: '2A8648CE3D030107', // 1.2.840.10045.3.1.7
  ecdhSha256Kdf: '2B8104010B01', // 1.3.132.1.11.1, dhSinglePass-stdDH-sha256kdf-scheme
  aes256Wrap: '60864801650304012D', // 2.16.840.1.101.3.4.1.45
};

function pemBlocks(keyText, label) {
  const found = [];
  const pattern = new RegExp('-----BEGIN ' + label + '-----([A-Za-z0-9+/=\\s]+)-----END ' + label + '-----', 'g');
  for (let match; (match = pattern.exec(keyText));) {
    found.push(Uint8Array.from(atob(match[1].replace(/\s+/g, '')), (c) => c.charCodeAt(0)));
  }
  return found;
}

/** issuer and serial number of a certificate, as a SignerInfo or KeyTransRecipientInfo names it. */
function issuerAndSerial(certificate) {
  const tbs = children(children(der(certificate), SEQ)[0]);
  const offset = tbs[0].tag === 0xA0 ? 1 : 0;
  return {serial: tbs[offset].all, issuer: tbs[offset + 2].all, spki: tbs[offset + 5].all};
}

/**
 * The partner's private key from PKCS#8 — RSA (for RSA-OAEP key transport) or EC P-256 (for ECDH key agreement) —
 * decrypting PBES2 (PBKDF2 + AES-CBC, what openssl writes) when protected.
 */
async function cmsPrivateKey(keyText, passphrase) {
  let pkcs8 = pemBlocks(keyText, 'PRIVATE KEY')[0];
  const encrypted = pemBlocks(keyText, 'ENCRYPTED PRIVATE KEY')[0];
  if (!pkcs8 && encrypted) {
    if (!passphrase) {
      refuse('passphraseNeeded');
    }
    pkcs8 = await pbes2(encrypted, passphrase);
  }
  if (!pkcs8) {
    refuse('unreadableKey');
  }
  let algorithm;
  let curve = null;
  try {
    const identifier = children(children(der(pkcs8), INT, SEQ)[1], OID);
    algorithm = oid(identifier[0]);
    curve = identifier[1] && identifier[1].tag === OID ? oid(identifier[1]) : null;
  } catch (e) {
    refuse(encrypted ? 'passphraseWrong' : 'unreadableKey');
  }
  const kind = algorithm === OIDS.rsaEncryption ? {name: 'RSA-OAEP', hash: 'SHA-256'}
    : algorithm === OIDS.ecPublicKey && curve === OIDS.p256 ? {name: 'ECDH', namedCurve: 'P-256'} : null;
  if (!kind) {
    refuse('unsupportedKey');
  }
  try {
    return await crypto.subtle.importKey('pkcs8', pkcs8, kind, false, kind.name === 'ECDH' ? ['deriveBits'] : ['decrypt']);
  } catch (e) {
    refuse('unreadableKey');
  }
}

/**
 * The content key of a KeyAgreeRecipientInfo as Waymark writes it (crypto/CmsProfile): version 3, an ephemeral P-256
 * originator key, no user keying material, ECDH with the ANSI X9.63 KDF over SHA-256 (one block: SHA-256 of the
 * shared x-coordinate, the counter 1 and the DER ECC-CMS-SharedInfo naming AES-256 key wrap and 256 bits), AES-256 key
 * wrap (RFC 3394) of the content key.
 */
async function agreedContentKey(privateKey, originatorPoint, wrapAlgorithm, encryptedKey) {
  let kek;
  try {
    const originator = await crypto.subtle.importKey('raw', originatorPoint, {name: 'ECDH', namedCurve: 'P-256'}, false, []);
    const shared = new Uint8Array(await crypto.subtle.deriveBits({name: 'ECDH', public: originator}, privateKey, 256));
    const keyLength = Uint8Array.of(0xA2, 0x06, OCTETS, 0x04, 0x00, 0x00, 0x01, 0x00); // suppPubInfo [2]: 256 bits
    const sharedInfo = Uint8Array.of(SEQ, wrapAlgorithm.length + keyLength.length, ...wrapAlgorithm, ...keyLength);
    const kdfInput = Uint8Array.of(...shared, 0x00, 0x00, 0x00, 0x01, ...sharedInfo);
    kek = await crypto.subtle.importKey('raw', await sha256(kdfInput), 'AES-KW', false, ['unwrapKey']);
  } catch (e) {
    refuse('wrongKey');
  }
  try {
    return await crypto.subtle.unwrapKey('raw', encryptedKey, kek, 'AES-KW', 'AES-GCM', false, ['decrypt']);
  } catch (e) {
    refuse('wrongKey'); // the integrity check of the key wrap fails when the agreement used another key
  }
}

/** A KeyAgreeRecipientInfo ([1]) of exactly Waymark's shape: the recipient's id, the originator's point, the wrapped key. */
function keyAgreement(recipient) {
  const [version, originator, keyEncryption, encryptedKeys, ...rest] = children(recipient, INT, 0xA0, SEQ, SEQ);
  if (hex(version.value) !== '03' || rest.length) {
    throw new Error('unexpected key agreement');
  }
  const [originatorAlgorithm, originatorKey] = children(children(originator, 0xA1)[0], SEQ, 0x03);
  const [keyAlgorithm, curve] = children(originatorAlgorithm, OID, OID);
  const point = originatorKey.value;
  if (oid(keyAlgorithm) !== OIDS.ecPublicKey || oid(curve) !== OIDS.p256 || point[0] !== 0 || point[1] !== 0x04 || point.length !== 66) {
    throw new Error('originator key is not P-256');
  }
  const [scheme, wrap] = children(keyEncryption, OID, SEQ);
  const wrapParts = children(wrap, OID);
  if (oid(scheme) !== OIDS.ecdhSha256Kdf || oid(wrapParts[0]) !== OIDS.aes256Wrap || wrapParts.length !== 1) {
    throw new Error('not ECDH with the SHA-256 KDF and AES-256 key wrap');
  }
  const keys = children(encryptedKeys);
  if (keys.length !== 1) {
    throw new Error('not one recipient key');
  }
  const [rid, encryptedKey] = children(keys[0], SEQ, OCTETS);
  return {rid, agreement: {originatorPoint: point.subarray(1), wrapAlgorithm: wrap.all, encryptedKey: encryptedKey.value}};
}

async function pbes2(encrypted, passphrase) {
  try {
    const [scheme, data] = children(der(encrypted), SEQ, OCTETS);
    const [kdf, cipher] = children(children(scheme, OID, SEQ)[1], SEQ, SEQ);
    const [kdfOid, kdfParams] = children(kdf, OID, SEQ);
    const params = children(kdfParams, OCTETS, INT);
    const prf = params.find((p) => p.tag === SEQ);
    const prfHash = !prf ? 'SHA-1' : {'2A864886F70D0209': 'SHA-256', '2A864886F70D020B': 'SHA-512'}[oid(children(prf, OID)[0])];
    const [cipherOid, iv] = children(cipher, OID, OCTETS);
    const iterations = params[1].value.reduce((n, b) => n * 256 + b, 0);
    const cipherBits = {'608648016503040102': 128, '60864801650304012A': 256}[oid(cipherOid)];
    if (oid(kdfOid) !== '2A864886F70D01050C' || !prfHash || !cipherBits) {
      refuse('unsupportedKey');
    }
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
    const key = await crypto.subtle.deriveKey({name: 'PBKDF2', salt: params[0].value, iterations, hash: prfHash}, material,
      {name: 'AES-CBC', length: cipherBits}, false, ['decrypt']);
    return new Uint8Array(await crypto.subtle.decrypt({name: 'AES-CBC', iv: iv.value}, key, data.value));
  } catch (e) {
    if (e instanceof Refused) {
      throw e;
    }
    refuse('passphraseWrong');
  }
}

async function openCms(packet, keyFile, passphrase) {
  const keyText = text(keyFile);
  const recipientCertificate = pemBlocks(keyText, 'CERTIFICATE')[0];
  const privateKey = await cmsPrivateKey(keyText, passphrase);
  if (!recipientCertificate) {
    refuse('certificateMissing');
  }
  const serviceCertificate = pemBlocks(text(await download('/api/v1/service-key/certificate', 'application/x-pem-file')), 'CERTIFICATE')[0];
  if (!serviceCertificate || hex(await sha256(serviceCertificate)) !== section.dataset.serviceFingerprint) {
    refuse('signer');
  }

  // The envelope: exactly Waymark's shape, one RSA-OAEP recipient, AES-256-GCM with a 12-byte nonce and 16-byte tag.
  let envelope;
  try {
    const info = der(packet);
    if (info.tag !== SEQ || info.end !== packet.length) {
      throw new Error('not one element');
    }
    const [type, wrapped] = children(info, OID, 0xA0);
    if (oid(type) !== OIDS.authEnvelopedData) {
      throw new Error('not AuthEnvelopedData');
    }
    const [version, recipients, content, mac, ...rest] = children(children(wrapped, SEQ)[0], INT, SET, SEQ, OCTETS);
    if (hex(version.value) !== '00' || rest.length) {
      throw new Error('unexpected envelope');
    }
    const recipientList = children(recipients);
    if (recipientList.length !== 1) {
      throw new Error('not one recipient');
    }
    let recipient;
    if (recipientList[0].tag === 0xA1) {
      recipient = keyAgreement(recipientList[0]);
    } else {
      const [rVersion, rid, keyAlgorithm, encryptedKey] = children(recipientList[0], INT, SEQ, SEQ, OCTETS);
      if (hex(rVersion.value) !== '00' || oid(children(keyAlgorithm, OID)[0]) !== OIDS.rsaOaep) {
        throw new Error('unexpected recipient');
      }
      recipient = {rid, encryptedKey: encryptedKey.value};
    }
    const [contentType, algorithm, encrypted] = children(content, OID, SEQ, 0x80);
    const [algorithmOid, gcm] = children(algorithm, OID, SEQ);
    const [nonce, tagLength] = children(gcm, OCTETS, INT);
    if (oid(contentType) !== OIDS.data || oid(algorithmOid) !== OIDS.aes256Gcm || nonce.value.length !== 12
        || hex(tagLength.value) !== '10' || mac.value.length !== 16) {
      throw new Error('unexpected content encryption');
    }
    envelope = {...recipient, nonce: nonce.value, encrypted: encrypted.value, mac: mac.value};
  } catch (e) {
    if (e instanceof Refused) {
      throw e;
    }
    refuse('changed');
  }
  const ours = issuerAndSerial(recipientCertificate);
  const [ridIssuer, ridSerial] = children(envelope.rid);
  if (!ridIssuer || !ridSerial || !same(ridIssuer.all, ours.issuer) || !same(ridSerial.all, ours.serial)) {
    refuse('wrongKey');
  }
  if ((privateKey.algorithm.name === 'ECDH') !== Boolean(envelope.agreement)) {
    refuse('wrongKey');
  }
  const aes = envelope.agreement
    ? await agreedContentKey(privateKey, envelope.agreement.originatorPoint, envelope.agreement.wrapAlgorithm, envelope.agreement.encryptedKey)
    : null;
  let signed;
  try {
    const contentKey = aes || await crypto.subtle.importKey('raw', await crypto.subtle.decrypt({name: 'RSA-OAEP'}, privateKey,
      envelope.encryptedKey), 'AES-GCM', false, ['decrypt']);
    const sealed = new Uint8Array(envelope.encrypted.length + 16);
    sealed.set(envelope.encrypted);
    sealed.set(envelope.mac, envelope.encrypted.length);
    signed = new Uint8Array(await crypto.subtle.decrypt({name: 'AES-GCM', iv: envelope.nonce, tagLength: 128}, contentKey, sealed));
  } catch (e) {
    refuse('changed');
  }
  return {contents: await verifySignedData(signed, issuerAndSerial(serviceCertificate)), signer: section.dataset.serviceFingerprint};
}

/** The contents of a CMS SignedData, once its one signer is the service certificate and its ECDSA P-256 signature holds. */
async function verifySignedData(signed, service) {
  let contents;
  let signedAttributes;
  let signature;
  try {
    const [type, wrapped] = children(der(signed), OID, 0xA0);
    if (oid(type) !== OIDS.signedData) {
      throw new Error('not SignedData');
    }
    const parts = children(children(wrapped, SEQ)[0], INT, SET, SEQ);
    const [contentType, explicit] = children(parts[2], OID, 0xA0);
    if (oid(contentType) !== OIDS.data) {
      throw new Error('unexpected content type');
    }
    contents = children(explicit, OCTETS)[0].value;
    const signers = children(parts[parts.length - 1]);
    if (parts[parts.length - 1].tag !== SET || signers.length !== 1) {
      refuse('signer');
    }
    const [version, sid, digestAlgorithm, attributes, signatureAlgorithm, value] = children(signers[0], INT, SEQ, SEQ, 0xA0, SEQ, OCTETS);
    const [sidIssuer, sidSerial] = children(sid);
    if (hex(version.value) !== '01' || !same(sidIssuer.all, service.issuer) || !same(sidSerial.all, service.serial)) {
      refuse('signer');
    }
    if (oid(children(digestAlgorithm, OID)[0]) !== OIDS.sha256 || oid(children(signatureAlgorithm, OID)[0]) !== OIDS.ecdsaSha256) {
      throw new Error('unexpected algorithms');
    }
    let digest = null;
    let typeAttribute = null;
    for (const attribute of children(attributes)) {
      const [attributeType, values] = children(attribute, OID, SET);
      if (oid(attributeType) === OIDS.messageDigest) {
        digest = children(values, OCTETS)[0].value;
      } else if (oid(attributeType) === OIDS.contentType) {
        typeAttribute = oid(children(values, OID)[0]);
      }
    }
    if (!digest || typeAttribute !== OIDS.data || !same(digest, await sha256(contents))) {
      throw new Error('digest');
    }
    signedAttributes = Uint8Array.from(attributes.all);
    signedAttributes[0] = SET; // the signature covers the attributes encoded as a SET
    signature = rawEcdsa(value.value);
  } catch (e) {
    if (e instanceof Refused) {
      throw e;
    }
    refuse('changed');
  }
  let verified = false;
  try {
    const key = await crypto.subtle.importKey('spki', service.spki, {name: 'ECDSA', namedCurve: 'P-256'}, false, ['verify']);
    verified = await crypto.subtle.verify({name: 'ECDSA', hash: 'SHA-256'}, key, signature, signedAttributes);
  } catch (e) {
    verified = false;
  }
  if (!verified) {
    refuse('changed');
  }
  return contents;
}

/** An ECDSA signature from DER (SEQUENCE of two INTEGERs) to the 64 bytes r ‖ s that WebCrypto verifies. */
function rawEcdsa(signatureDer) {
  const [r, s] = children(der(signatureDer), INT, INT);
  const raw = new Uint8Array(64);
  [r, s].forEach((n, i) => {
    const digits = n.value[0] === 0 ? n.value.subarray(1) : n.value;
    if (digits.length > 32) {
      throw new Error('bad signature');
    }
    raw.set(digits, i * 32 + 32 - digits.length);
  });
  return raw;
}

// ---- The archive: a zip with exactly referral.pdf and referral.json (ReferralPacket) ----

const CRC_TABLE = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xFFFFFFFF;
  for (const b of bytes) {
    c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
  }
  return (c ^ 0xFFFFFFFF) >>> 0;
}

async function unzip(archive) {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  let end = archive.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) {
    end--;
  }
  if (end < 0) {
    throw new Error('not a zip');
  }
  const files = {};
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    if (view.getUint32(at, true) !== 0x02014b50) {
      throw new Error('bad central directory');
    }
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = text(archive.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (view.getUint32(local, true) !== 0x04034b50) {
      throw new Error('bad local header');
    }
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const compressed = archive.subarray(dataStart, dataStart + compressedSize);
    let data;
    if (method === 0) {
      data = compressed;
    } else if (method === 8) {
      data = new Uint8Array(await new Response(new Blob([compressed]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer());
    } else {
      throw new Error('unsupported compression');
    }
    if (data.length !== size || crc32(data) !== crc || name in files) {
      throw new Error('bad entry');
    }
    files[name] = data;
  }
  const names = Object.keys(files).sort();
  if (names.length !== 2 || names[0] !== 'referral.json' || names[1] !== 'referral.pdf') {
    throw new Error('unexpected files');
  }
  return files;
}

// ---- The page: the facts in words (packet-facts.js, text only, never HTML), the verified files to open or save ----

let objectUrls = [];

function offer(id, bytes, type) {
  const link = document.getElementById(id);
  const url = URL.createObjectURL(new Blob([bytes], {type}));
  objectUrls.push(url);
  link.href = url;
}

function clear() {
  objectUrls.forEach((url) => URL.revokeObjectURL(url));
  objectUrls = [];
  result.hidden = true;
  document.getElementById('open-facts').replaceChildren();
}

async function open() {
  clear();
  const file = document.getElementById('key-file').files[0];
  if (!file) {
    refuse('noKey');
  }
  show('working');
  const keyFile = await readFile(file);
  const passphrase = document.getElementById('passphrase').value;
  const packet = await download(section.dataset.packetUrl, 'application/octet-stream');
  const opened = section.dataset.format === 'OPENPGP'
    ? await openOpenPgp(packet, keyFile, passphrase)
    : await openCms(packet, keyFile, passphrase);
  let files;
  let facts;
  try {
    files = await unzip(opened.contents);
    facts = JSON.parse(text(files['referral.json']));
  } catch (e) {
    refuse('changed');
  }
  if (typeof facts.schema !== 'string' || !facts.schema.startsWith('https://waymark.invalid/schemas/referral-packet/')
      || facts.caseReference !== section.dataset.reference) {
    refuse('otherPacket');
  }
  document.getElementById('open-facts').appendChild(renderFacts(facts, JSON.parse(section.dataset.words || '{}')));
  offer('open-pdf', files['referral.pdf'], 'application/pdf');
  offer('save-pdf', files['referral.pdf'], 'application/pdf');
  offer('save-json', files['referral.json'], 'application/json');
  result.hidden = false;
  show('verified', opened.signer);
}

if (section) {
  section.hidden = false;
  document.getElementById('open-here-button').addEventListener('click', () => {
    open().catch((e) => {
      clear();
      show(e instanceof Refused ? e.kind : 'changed');
    });
  });
}
