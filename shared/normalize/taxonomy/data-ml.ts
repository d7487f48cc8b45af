import { near } from './guards';
import type { SkillGroup } from './types';

const DATA_STACK = [
  'Python',
  'SQL',
  'Apache Spark',
  'Apache Airflow',
  'Snowflake',
  'BigQuery',
  'Apache Kafka',
  'Apache Hadoop',
  'dbt',
];
const ML_STACK = ['Python', 'PyTorch', 'TensorFlow', 'Machine learning', 'LLMs', 'Deep learning', 'Kubernetes'];

/** Data engineering, analytics and business intelligence. */
export const DATA: SkillGroup = {
  kind: 'data',
  skills: [
    {
      name: 'Apache Spark',
      aliases: ['Spark SQL', 'Spark Streaming', 'Apache Spark'],
      exact: ['Spark'],
      guard: {
        near: DATA_STACK,
        after: /^\s*(?:jobs?|cluster|pipelines?|streaming)\b/i,
        before: /\b(?:with|in|using|of)\s*$/i,
        notAfter: /^\s+(?:joy|of|a)\b/i,
      },
    },
    { name: 'PySpark' },
    { name: 'Apache Hadoop', aliases: ['Hadoop', 'HDFS', 'MapReduce'] },
    {
      name: 'Apache Airflow',
      aliases: ['Cloud Composer', 'Apache Airflow'],
      exact: ['Airflow'],
      // a tool named after a preposition or an example marker in the languages postings use ("mit Airflow",
      // "idealerweise Airflow", "z. B. Airflow", "como Airflow"); the HVAC word "airflow" has neither
      guard: {
        near: [...DATA_STACK, 'Python', 'Dagster', 'Kubernetes'],
        before:
          /(?:\b(?:with|in|using|on|such as|like|ideally|preferably|mit|von|wie|idealerweise|bevorzugt|avec|comme|idéalement|con|como|idealmente|com|de|em|en|met|zoals|bij voorkeur|np\.|z\. ?B\.|e\.g\.)|[(/])\s*$/i,
      },
    },
    {
      name: 'dbt',
      aliases: ['data build tool', 'dbt Core', 'dbt Cloud', 'dbt-core'],
      exact: ['dbt', 'DBT'],
      // "in/with/using dbt" and the same in Portuguese, Spanish, French, German ("Conhecimento de dbt", "mit dbt")
      guard: {
        near: DATA_STACK,
        before: /\b(?:in|with|using|de|em|com|con|en|avec|mit)\s*$/i,
        // a Korean or Japanese particle straight after it makes it the noun of the sentence ("dbt를 활용한", "dbtを使った")
        after: /^\s*(?:models?|Labs)\b|^(?:를|을|로|으로|와|과|を|で|の|が)/i,
      },
    },
    { name: 'Apache Flink', aliases: ['Flink'] },
    {
      name: 'Apache Beam',
      exact: ['Beam'],
      guard: near('Google Cloud Dataflow', 'Apache Flink', 'Apache Spark'),
      aliases: ['Apache Beam'],
    },
    { name: 'Apache NiFi', aliases: ['NiFi'] },
    { name: 'Apache Parquet', aliases: ['Parquet'] },
    { name: 'Fivetran' },
    { name: 'Airbyte' },
    { name: 'Talend' },
    {
      // "informatica" is computer science in Italian, Spanish, Portuguese and Dutch ("Laurea in Informatica",
      // "Ingeniería Informática", "hbo informatica"): the ETL suite only beside data tools or by its products
      name: 'Informatica',
      aliases: ['Informatica PowerCenter', 'Informatica IICS', 'Informatica Cloud', 'Informatica MDM'],
      exact: ['Informatica'],
      guard: near('Talend', 'SSIS', 'Snowflake', 'Teradata', 'Oracle Database', 'Apache NiFi', 'Fivetran'),
    },
    { name: 'SSIS', aliases: ['SQL Server Integration Services'] },
    { name: 'Power BI', aliases: ['PowerBI', 'Power-BI', 'Microsoft Power BI'] },
    {
      name: 'Tableau',
      aliases: ['Tableau Desktop', 'Tableau Server'],
      exact: ['Tableau', 'TABLEAU'],
      guard: { notAfter: /^\s+(?:de|des|du|d['’])\b/i },
    },
    { name: 'Looker', aliases: ['LookML'] },
    { name: 'Looker Studio', aliases: ['Google Data Studio', 'Data Studio'] },
    { name: 'Metabase' },
    { name: 'Qlik', aliases: ['QlikView', 'Qlik Sense'] },
    { name: 'Apache Superset', aliases: ['Superset'] },
    { name: 'pandas', aliases: ['Pandas'] },
    { name: 'NumPy' },
    { name: 'SciPy' },
    { name: 'Polars', exact: ['Polars'], guard: near('Python', 'pandas', 'Rust') },
    { name: 'Jupyter', aliases: ['Jupyter Notebook', 'Jupyter Notebooks', 'JupyterLab'] },
    { name: 'ETL', aliases: ['ELT', 'ETL/ELT', 'ETL pipelines', 'extract, transform, load'] },
    { name: 'Data warehousing', aliases: ['data warehouse', 'data warehouses', 'DWH', 'data lakehouse'] },
    {
      name: 'Data modeling',
      aliases: ['data modelling', 'dimensional modeling', 'dimensional modelling', 'star schema'],
    },
    {
      name: 'Data analysis',
      aliases: ['data analytics', 'Datenanalyse', 'analyse de données', 'análisis de datos', 'データ分析'],
    },
    {
      name: 'Statistical analysis',
      aliases: ['statistical modeling', 'statistical modelling', 'statistische Analyse', '統計解析'],
    },
    { name: 'A/B testing', aliases: ['A/B tests', 'AB testing', 'split testing', 'experimentation platform'] },
    { name: 'Google Analytics', aliases: ['GA4', 'Universal Analytics'] },
    { name: 'Mixpanel' },
    {
      name: 'Amplitude',
      exact: ['Amplitude'],
      guard: near('Mixpanel', 'Google Analytics', 'Looker', 'SQL', 'Segment'),
    },
    { name: 'Segment', exact: ['Segment'], guard: near('Amplitude', 'Mixpanel', 'Google Analytics') },
    { name: 'Dagster' },
    { name: 'Prefect', exact: ['Prefect'], guard: near('Apache Airflow', 'Python', 'Dagster') },
    { name: 'Great Expectations' },
    { name: 'Alteryx' },
    { name: 'Power Query' },
    { name: 'SSRS', aliases: ['SQL Server Reporting Services'] },
    { name: 'SSAS', aliases: ['SQL Server Analysis Services'] },
    { name: 'IBM Cognos', aliases: ['Cognos'] },
    { name: 'MicroStrategy' },
    { name: 'Sisense' },
    { name: 'Debezium' },
    { name: 'Redpanda' },
    { name: 'SPSS', aliases: ['IBM SPSS'] },
    {
      name: 'Microsoft Excel',
      // Korean and Japanese transliterate it; Polish and Czech decline it (Excela, Excelu, Excelem), so do Slovak
      // and Croatian (Excelom), Estonian (Exceli) and Finnish (Excelin)
      aliases: ['MS Excel', 'Excel spreadsheets', 'Excel-Kenntnisse', 'エクセル', '엑셀'],
      exact: ['Excel', 'EXCEL', 'Excela', 'Excelu', 'Excelem', 'Excelom', 'Exceli', 'Excelin'],
      guard: {
        notAfter: /^\s+(?:at|in|as|within|under|when|by|with)\b/i,
        // the verb ("to excel", "grow and excel"); after a tool or a bracket "and" joins a list ("SAP and Excel",
        // "a WMS (Manhattan) and Microsoft Excel")
        notBefore: [
          /\b(?:to|will|you|who|must)\s+$/i,
          /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*\s+and\s+$/u,
          /^\s*and\s+$/i,
        ],
      },
    },
    { name: 'Google Sheets', aliases: ['Google Spreadsheets'] },
    { name: 'Data visualization', aliases: ['data visualisation', 'dashboards and reporting', 'Datenvisualisierung'] },
    { name: 'Data science', aliases: ['Data Science'] },
  ],
};

/** Machine learning, AI and their tooling. */
export const MACHINE_LEARNING: SkillGroup = {
  kind: 'ml',
  skills: [
    {
      name: 'Machine learning',
      aliases: [
        'ML',
        'machine-learning',
        'maschinelles Lernen',
        'apprentissage automatique',
        'aprendizaje automático',
        '機械学習',
        '机器学习',
      ],
    },
    {
      name: 'Deep learning',
      aliases: ['deep-learning', 'neural networks', 'ディープラーニング', '深層学習', '深度学习'],
    },
    { name: 'NLP', aliases: ['natural language processing', '自然言語処理'] },
    {
      name: 'Computer vision',
      aliases: ['image recognition', 'object detection', '画像認識', 'コンピュータビジョン', '计算机视觉'],
    },
    { name: 'PyTorch', aliases: ['PyTorch Lightning'] },
    { name: 'TensorFlow', aliases: ['Tensorflow', 'TF2', 'TensorFlow Lite', 'TFLite'] },
    { name: 'Keras' },
    { name: 'scikit-learn', aliases: ['sklearn', 'scikit learn', 'Scikit-Learn'] },
    { name: 'XGBoost' },
    { name: 'LightGBM' },
    { name: 'CatBoost' },
    { name: 'Hugging Face', aliases: ['HuggingFace', 'Hugging Face Transformers', '🤗 Transformers'] },
    { name: 'LangChain', aliases: ['LangGraph'] },
    { name: 'LlamaIndex' },
    { name: 'OpenAI API', aliases: ['OpenAI', 'GPT-4', 'ChatGPT API'] },
    {
      name: 'LLMs',
      aliases: ['LLM', 'large language models', 'large language model', '大規模言語モデル', '大语言模型'],
    },
    { name: 'Generative AI', aliases: ['GenAI', 'Gen AI', 'generative artificial intelligence', '生成AI', '生成系AI'] },
    {
      name: 'RAG',
      aliases: ['retrieval-augmented generation', 'retrieval augmented generation'],
      exact: ['RAG'],
      guard: near('LLMs', 'Generative AI', 'Vector databases', 'LangChain', 'OpenAI API', 'Prompt engineering'),
    },
    { name: 'Prompt engineering' },
    { name: 'MLflow' },
    { name: 'Kubeflow' },
    { name: 'MLOps' },
    { name: 'CUDA' },
    { name: 'TensorRT' },
    { name: 'ONNX' },
    { name: 'OpenCV' },
    { name: 'spaCy' },
    { name: 'NLTK' },
    {
      name: 'JAX',
      exact: ['JAX'],
      guard: near('PyTorch', 'TensorFlow', 'Python', 'Deep learning', 'Machine learning'),
    },
    { name: 'Reinforcement learning', aliases: ['強化学習'] },
    {
      name: 'Recommender systems',
      aliases: ['recommendation systems', 'recommendation engines', 'recommender system', 'レコメンド'],
    },
    { name: 'Time series forecasting', aliases: ['time-series forecasting', 'time series analysis'] },
    { name: 'Weights & Biases', aliases: ['W&B', 'wandb'] },
    { name: 'Ray', exact: ['Ray'], guard: near(...ML_STACK, 'Apache Spark') },
    { name: 'Stable Diffusion' },
    { name: 'YOLO', aliases: ['YOLOv5', 'YOLOv8'] },
    { name: 'BERT' },
    {
      name: 'Artificial intelligence',
      aliases: [
        'künstliche Intelligenz',
        'intelligence artificielle',
        'inteligencia artificial',
        '人工知能',
        '人工智能',
      ],
    },
  ],
};
