/**
 * Our own compact XSDs for the SOAP 1.1 and 1.2 envelopes as this service uses them: an optional
 * Header, a Body with exactly one element that is validated strictly (so the StUF-GGk schemas judge the
 * message), and a Fault whose detail elements are validated strictly too (the StUF Fo03Bericht).
 */
import { NS } from '../namespaces.js';

const XS = 'http://www.w3.org/2001/XMLSchema';

export const SOAP11_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="${XS}" xmlns:soap="${NS.SOAP11}" targetNamespace="${NS.SOAP11}" elementFormDefault="unqualified">
  <xs:element name="Envelope">
    <xs:complexType>
      <xs:sequence>
        <xs:element ref="soap:Header" minOccurs="0"/>
        <xs:element ref="soap:Body"/>
      </xs:sequence>
      <xs:anyAttribute namespace="##other" processContents="lax"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="Header">
    <xs:complexType>
      <xs:sequence>
        <xs:any namespace="##other" processContents="lax" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
      <xs:anyAttribute namespace="##other" processContents="lax"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="Body">
    <xs:complexType>
      <xs:sequence>
        <xs:any namespace="##any" processContents="strict"/>
      </xs:sequence>
      <xs:anyAttribute namespace="##other" processContents="lax"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="Fault">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="faultcode" type="xs:QName"/>
        <xs:element name="faultstring" type="xs:string"/>
        <xs:element name="faultactor" type="xs:anyURI" minOccurs="0"/>
        <xs:element name="detail" minOccurs="0">
          <xs:complexType>
            <xs:sequence>
              <xs:any namespace="##other" processContents="strict" maxOccurs="unbounded"/>
            </xs:sequence>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>
`;

export const SOAP12_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="${XS}" xmlns:env="${NS.SOAP12}" targetNamespace="${NS.SOAP12}" elementFormDefault="qualified">
  <xs:element name="Envelope">
    <xs:complexType>
      <xs:sequence>
        <xs:element ref="env:Header" minOccurs="0"/>
        <xs:element ref="env:Body"/>
      </xs:sequence>
      <xs:anyAttribute namespace="##other" processContents="lax"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="Header">
    <xs:complexType>
      <xs:sequence>
        <xs:any namespace="##other" processContents="lax" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
      <xs:anyAttribute namespace="##other" processContents="lax"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="Body">
    <xs:complexType>
      <xs:sequence>
        <xs:any namespace="##any" processContents="strict"/>
      </xs:sequence>
      <xs:anyAttribute namespace="##other" processContents="lax"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="Fault">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="Code">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="Value" type="xs:QName"/>
            </xs:sequence>
          </xs:complexType>
        </xs:element>
        <xs:element name="Reason">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="Text" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:simpleContent>
                    <xs:extension base="xs:string">
                      <xs:anyAttribute namespace="${NS.XML}" processContents="skip"/>
                    </xs:extension>
                  </xs:simpleContent>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>
        </xs:element>
        <xs:element name="Node" type="xs:anyURI" minOccurs="0"/>
        <xs:element name="Role" type="xs:anyURI" minOccurs="0"/>
        <xs:element name="Detail" minOccurs="0">
          <xs:complexType>
            <xs:sequence>
              <xs:any namespace="##other" processContents="strict" maxOccurs="unbounded"/>
            </xs:sequence>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>
`;
