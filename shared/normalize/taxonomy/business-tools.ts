import { ACCOUNTING_SOFTWARE } from './finance-tools';
import { near } from './guards';
import type { SkillGroup } from './types';

/** AWS or a big-data tool within the few words before an alias (tested on up to 40 characters). */
const BIG_DATA_BEFORE =
  /\b(?:AWS|Amazon|Hadoop|Spark|PySpark|Hive|Presto|Glue|Redshift|Athena|EC2|S3|Kinesis|Databricks|Airflow|Flink)\b[^.;\n]*$/;
/** The same in the few words after it ("EMR clusters", "EMR and Glue"). */
const BIG_DATA_AFTER =
  /^[^.;\n]*?\b(?:AWS|Hadoop|Spark|PySpark|Hive|Presto|Glue|Redshift|Athena|EC2|S3|Kinesis|Databricks|Airflow|Flink|clusters?|MapReduce|Serverless)\b/;

const OFFICE = [
  'Microsoft Excel',
  'Microsoft Word',
  'Microsoft PowerPoint',
  'Microsoft Office',
  'Microsoft Teams',
  'Google Workspace',
];
const ACCOUNTING = ['QuickBooks', 'Xero', 'Microsoft Excel', 'DATEV', 'SAP', 'IFRS', 'US GAAP', 'Bookkeeping'];
const HR_TOOLS = ['Workday', 'BambooHR', 'Personio', 'SAP SuccessFactors'];

/** CRM, support desks, collaboration, office suites, ERP, finance, HR and marketing tools. */
export const BUSINESS_TOOLS: SkillGroup = {
  kind: 'business-tool',
  skills: [
    { name: 'Salesforce', aliases: ['SFDC', 'Salesforce CRM', 'Salesforce.com', 'Sales Cloud', 'Service Cloud'] },
    { name: 'Salesforce Marketing Cloud', aliases: ['SFMC', 'ExactTarget'] },
    { name: 'Lightning Web Components', aliases: ['LWC'] },
    { name: 'Visualforce' },
    { name: 'HubSpot', aliases: ['Hubspot', 'HubSpot CRM'] },
    { name: 'Zendesk' },
    { name: 'Intercom', exact: ['Intercom'] },
    { name: 'Freshdesk', aliases: ['Freshservice', 'Freshworks'] },
    { name: 'ServiceNow' },
    { name: 'Help Scout', aliases: ['HelpScout'] },
    { name: 'Gorgias' },
    { name: 'Gainsight' },
    { name: 'Jira', aliases: ['JIRA', 'Jira Software', 'Jira Service Management', 'Jira Service Desk'] },
    { name: 'Confluence' },
    { name: 'Trello' },
    { name: 'Asana', exact: ['Asana'], guard: { notBefore: /\b(?:yoga|pose)\s+$/i } },
    { name: 'monday.com', aliases: ['Monday.com'] },
    { name: 'Notion', exact: ['Notion'], guard: { notAfter: /^\s+(?:of|that)\b/i } },
    { name: 'ClickUp' },
    { name: 'Airtable' },
    { name: 'Smartsheet' },
    { name: 'Slack', exact: ['Slack'], guard: { notAfter: /^\s+(?:time|season)\b/i } },
    { name: 'Microsoft Teams', aliases: ['MS Teams'] },
    { name: 'Microsoft Word', aliases: ['MS Word'], exact: ['Word'], guard: near(...OFFICE) },
    { name: 'Microsoft PowerPoint', aliases: ['PowerPoint', 'MS PowerPoint', 'パワーポイント', 'パワポ'] },
    {
      name: 'Microsoft Office',
      aliases: ['MS Office', 'Office 365', 'Microsoft 365', 'M365', 'O365', 'MS-Office', 'Microsoft Office Suite'],
    },
    { name: 'Microsoft Outlook', aliases: ['MS Outlook'], exact: ['Outlook'], guard: near(...OFFICE) },
    { name: 'Microsoft Visio', aliases: ['Visio', 'MS Visio'] },
    { name: 'Microsoft Project', aliases: ['MS Project'] },
    { name: 'Google Workspace', aliases: ['G Suite', 'GSuite', 'Google Docs', 'Google Drive'] },
    { name: 'Lucidchart' },
    { name: 'Zapier' },
    { name: 'Google Ads', aliases: ['AdWords', 'Google AdWords'] },
    { name: 'Meta Ads', aliases: ['Facebook Ads', 'Meta Ads Manager', 'Facebook Ads Manager', 'Instagram Ads'] },
    { name: 'LinkedIn Ads', aliases: ['LinkedIn Campaign Manager'] },
    { name: 'Google Tag Manager', aliases: ['GTM'] },
    { name: 'Google Search Console' },
    { name: 'SEO', aliases: ['search engine optimization', 'search engine optimisation', 'Suchmaschinenoptimierung'] },
    { name: 'SEM', aliases: ['search engine marketing', 'PPC', 'pay-per-click'] },
    { name: 'Semrush', aliases: ['SEMrush'] },
    { name: 'Ahrefs' },
    { name: 'Marketo', aliases: ['Adobe Marketo'] },
    { name: 'Mailchimp', aliases: ['MailChimp'] },
    { name: 'Pardot', aliases: ['Marketing Cloud Account Engagement'] },
    { name: 'Klaviyo' },
    { name: 'Braze' },
    { name: 'Hotjar' },
    { name: 'Optimizely' },
    { name: 'Webflow' },
    { name: 'WooCommerce' },
    {
      name: 'SAP',
      aliases: [
        'SAP ERP',
        'SAP ECC',
        'SAP MM',
        'SAP SD',
        'SAP FI',
        'SAP CO',
        'SAP FI/CO',
        'SAP FICO',
        'SAP PP',
        'SAP WM',
        'SAP EWM',
      ],
    },
    { name: 'SAP S/4HANA', aliases: ['S/4HANA', 'S4HANA', 'S/4 HANA', 'SAP HANA'] },
    { name: 'SAP SuccessFactors', aliases: ['SuccessFactors'] },
    { name: 'Oracle NetSuite', aliases: ['NetSuite'] },
    { name: 'Oracle E-Business Suite', aliases: ['Oracle EBS'] },
    {
      name: 'Microsoft Dynamics 365',
      aliases: [
        'Dynamics 365',
        'Dynamics CRM',
        'Dynamics NAV',
        'Dynamics AX',
        'Business Central',
        'Microsoft Dynamics',
        'D365',
        'Navision',
        'Dynamics GP',
      ],
    },
    { name: 'Workday' },
    { name: 'BambooHR' },
    { name: 'Personio', exact: ['Personio'], guard: near(...HR_TOOLS) },
    { name: 'ADP', aliases: ['ADP Workforce Now'], exact: ['ADP'], guard: near(...HR_TOOLS) },
    { name: 'QuickBooks', aliases: ['Quickbooks', 'QuickBooks Online', 'QBO'] },
    { name: 'Xero', exact: ['Xero'] },
    {
      name: 'Sage',
      aliases: [
        ...['50', '50cloud', '50 Accounts', '100', '100c', '200', '300', '1000', 'X3', 'Intacct', 'Accounting'],
        ...['Business Cloud', 'Payroll', 'Pastel', 'FRP', 'Paie', 'Compta', 'Despachos'],
      ]
        .map((product) => `Sage ${product}`)
        .concat('Pastel Accounting'),
      exact: ['Sage'],
      guard: {
        near: [...ACCOUNTING, ...ACCOUNTING_SOFTWARE],
        after: /^\s+(?:accounting|accounts|payroll|software|ERP)\b/i,
      },
    },
    { name: 'DATEV' },
    {
      name: 'Tally',
      aliases: ['Tally ERP', 'Tally Prime', 'TallyPrime'],
      exact: ['Tally'],
      guard: near(...ACCOUNTING),
    },
    { name: 'Odoo' },
    { name: 'LinkedIn Sales Navigator', aliases: ['Sales Navigator'] },
    { name: 'Salesloft', aliases: ['SalesLoft'] },
    { name: 'Outreach.io' },
    { name: 'Gong.io' },
    { name: 'Pipedrive' },
    { name: 'Zoho', aliases: ['Zoho CRM', 'Zoho Books'] },
    { name: 'Bloomberg Terminal', aliases: ['Bloomberg terminal'] },
    { name: 'Primavera P6', aliases: ['Primavera', 'Oracle Primavera'] },
    {
      name: 'Epic',
      aliases: ['Epic Systems', 'Epic EHR', 'Epic EMR'],
      exact: ['Epic'],
      // "document in Epic", "charting in Epic": the record system nurses write in
      guard: {
        near: ['Cerner', 'EHR'],
        before: /\b(?:document(?:ing|ation)?|chart(?:ing)?|orders?)\s+(?:in|into|using)\s*$/i,
      },
    },
    { name: 'Cerner', aliases: ['Oracle Cerner'] },
    { name: 'TOPdesk', aliases: ['TopDesk', 'TOPdesk'] },
    { name: 'ArcGIS', aliases: ['Esri ArcGIS', 'ArcGIS Pro', 'ArcMap', 'ArcGIS Online'] },
    { name: 'QGIS' },
    {
      name: 'EHR',
      aliases: ['electronic health records', 'electronic medical records', 'EMR'],
      // "EMR" beside AWS or a big-data tool is Amazon EMR (data-stores.ts), not medical records
      guard: { notBefore: BIG_DATA_BEFORE, notAfter: BIG_DATA_AFTER },
    },
    {
      name: 'POS systems',
      aliases: ['point of sale systems', 'POS system', 'Square POS', 'Lightspeed POS', 'Kassensystem'],
    },
    { name: 'Opera PMS', aliases: ['Oracle Opera', 'Opera Cloud'] },
    { name: 'AutoCAD Civil 3D', aliases: ['Civil 3D'] },
    { name: 'Kronos', aliases: ['UKG'] },
  ],
};
