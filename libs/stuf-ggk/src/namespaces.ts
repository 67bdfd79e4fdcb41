/** Namespaces, SOAP versions and the operations of the StUF-GGk OntvangAsynchroon service (ggk0310 WSDL). */

export const NS = {
  SOAP11: 'http://schemas.xmlsoap.org/soap/envelope/',
  SOAP12: 'http://www.w3.org/2003/05/soap-envelope',
  STUF: 'http://www.egem.nl/StUF/StUF0301',
  GGK: 'http://www.stufstandaarden.nl/sectormodel/ggk/0210',
  XMIME: 'http://www.w3.org/2005/05/xmlmime',
  XOP: 'http://www.w3.org/2004/08/xop/include',
  XSI: 'http://www.w3.org/2001/XMLSchema-instance',
  XML: 'http://www.w3.org/XML/1998/namespace',
} as const;

export type SoapVersion = '1.1' | '1.2';

export const SOAP_NAMESPACE: Readonly<Record<SoapVersion, string>> = { '1.1': NS.SOAP11, '1.2': NS.SOAP12 };

/** Media type of a SOAP message without attachments, per version. */
export const SOAP_MEDIA_TYPE: Readonly<Record<SoapVersion, string>> = {
  '1.1': 'text/xml',
  '1.2': 'application/soap+xml',
};

/** The WSDL's operations, and the root element of the Body that selects each one. */
export type Operation = 'ggk_Di01' | 'ggk_Du01' | 'Fo01';

export interface OperationSpec {
  readonly operation: Operation;
  readonly namespace: string;
  readonly element: string;
  /** `soapAction` of the operation in the WSDL's SOAP binding. */
  readonly soapAction: string;
}

export const OPERATIONS: readonly OperationSpec[] = [
  {
    operation: 'ggk_Di01',
    namespace: NS.GGK,
    element: 'envelopHeenbericht-ggk_Di01',
    soapAction: `${NS.GGK}/ggk_Di01`,
  },
  {
    operation: 'ggk_Du01',
    namespace: NS.GGK,
    element: 'envelopRetourbericht-ggk_Du01',
    soapAction: `${NS.GGK}/ggk_Du01`,
  },
  { operation: 'Fo01', namespace: NS.STUF, element: 'Fo01Bericht', soapAction: `${NS.STUF}/Fo01` },
];

export function operationSpec(operation: Operation): OperationSpec {
  return OPERATIONS.find((spec) => spec.operation === operation)!;
}

/** Root elements of the synchronous answers (Bv03 as output, Fo03 inside a SOAP Fault). */
export const ANSWER_ELEMENTS = { Bv03: 'Bv03Bericht', Fo03: 'Fo03Bericht' } as const;
