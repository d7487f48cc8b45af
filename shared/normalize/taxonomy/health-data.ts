import { near } from './guards';
import type { SkillGroup } from './types';

const HEALTH_DATA = ['HL7', 'FHIR', 'DICOM', 'EHR', 'Epic', 'Cerner', 'HIPAA', 'SNOMED CT', 'ICD-10', 'LOINC'];

/**
 * Health-data standards, terminologies and clinical systems: interoperability (HL7 v2, FHIR, CDA, IHE,
 * DICOM), code systems (ICD, SNOMED CT, LOINC, CPT, RxNorm), research data (CDISC, OMOP, REDCap) and the
 * clinical and research platforms postings name beside Epic and Cerner. See https://hl7.org/fhir/.
 */
export const HEALTH_STANDARDS: SkillGroup = {
  kind: 'health',
  skills: [
    { name: 'HL7', aliases: ['HL7 v2', 'HL7v2', 'HL7 V2.x', 'HL7 messaging', 'Health Level Seven', 'Health Level 7'] },
    { name: 'FHIR', aliases: ['HL7 FHIR', 'FHIR R4', 'FHIR R5', 'Fast Healthcare Interoperability Resources'] },
    {
      name: 'CDA',
      aliases: ['C-CDA', 'CCDA', 'HL7 CDA', 'Clinical Document Architecture'],
      exact: ['CDA'],
      guard: near(...HEALTH_DATA),
    },
    { name: 'IHE profiles', aliases: ['IHE XDS', 'IHE PIX', 'IHE PDQ'], exact: ['IHE'], guard: near(...HEALTH_DATA) },
    { name: 'DICOM', aliases: ['DICOMweb'] },
    {
      name: 'PACS',
      aliases: ['Picture Archiving and Communication System'],
      exact: ['PACS'],
      guard: near(...HEALTH_DATA, 'RIS'),
    },
    { name: 'RIS', aliases: ['Radiology Information System'], exact: ['RIS'], guard: near('PACS', 'DICOM', 'HL7') },
    { name: 'openEHR' },
    { name: 'ICD-10', aliases: ['ICD10', 'ICD-10-CM', 'ICD-10-PCS', 'ICD-10-GM', 'ICD-11', 'ICD-9'] },
    { name: 'SNOMED CT', aliases: ['SNOMED', 'SNOMED-CT'] },
    { name: 'LOINC' },
    {
      name: 'CPT coding',
      aliases: ['CPT codes', 'CPT-4', 'HCPCS'],
      exact: ['CPT'],
      guard: near('ICD-10', 'Medical coding', 'HIPAA'),
    },
    { name: 'RxNorm' },
    { name: 'MedDRA' },
    { name: 'Medical coding', aliases: ['medical billing and coding', 'clinical coding', 'diagnosis coding'] },
    { name: 'X12 EDI', aliases: ['ANSI X12', 'EDI 837', 'EDI 835', 'X12 837', 'X12 835'] },
    { name: 'NCPDP' },
    { name: 'CDISC', aliases: ['CDISC SDTM', 'CDISC ADaM', 'SDTM', 'ADaM datasets', 'CDASH'] },
    { name: 'OMOP CDM', aliases: ['OMOP', 'OHDSI'] },
    { name: 'REDCap' },
    { name: 'Medidata Rave', aliases: ['Medidata', 'Rave EDC'] },
    { name: 'Veeva Vault', aliases: ['Veeva', 'Veeva CRM', 'Veeva Systems'] },
    { name: 'Oracle Clinical', aliases: ['Oracle InForm', 'InForm EDC'] },
    { name: 'Meditech', aliases: ['MEDITECH Expanse'] },
    { name: 'Allscripts', aliases: ['Veradigm'] },
    { name: 'athenahealth', aliases: ['athenaOne', 'athenaClinicals'] },
    { name: 'eClinicalWorks', aliases: ['eCW'] },
    { name: 'NextGen Healthcare', aliases: ['NextGen EHR', 'NextGen Office'] },
    { name: 'InterSystems', aliases: ['InterSystems IRIS', 'HealthShare', 'InterSystems Caché', 'Caché ObjectScript'] },
    { name: 'Mirth Connect', aliases: ['NextGen Connect'], exact: ['Mirth'], guard: near(...HEALTH_DATA) },
    { name: 'Rhapsody', exact: ['Rhapsody'], guard: near(...HEALTH_DATA, 'Mirth Connect') },
    { name: 'Orion Health', aliases: ['Orion Rhapsody'] },
    { name: 'SMART on FHIR' },
    { name: 'GxP', aliases: ['GMP compliance', 'GLP compliance', 'Good Clinical Practice'] },
    { name: '21 CFR Part 11', aliases: ['CFR Part 11', 'Part 11 compliance'] },
    { name: 'HITRUST', aliases: ['HITRUST CSF'] },
  ],
};
