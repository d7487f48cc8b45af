import { near, TEST_TOOL } from './guards';
import type { SkillGroup } from './types';

const API_TESTING = ['Postman', 'REST APIs', 'OpenAPI', 'SoapUI', 'REST Assured', 'Test automation', 'API testing'];
const TEST_MANAGEMENT = ['Jira', 'TestRail', 'Test automation', 'ISTQB', 'Selenium', 'Cypress', 'Playwright'];
const LOAD_TESTING = ['Load testing', 'Apache JMeter', 'Gatling', 'k6', 'Python'];

/**
 * More of the test tooling QA postings name (browser and mobile automation, API and contract testing,
 * load testing, unit-test frameworks of each platform, test management and device clouds); the core
 * frameworks are in quality-security.ts. Names that are also words need a test word or a sibling tool.
 */
export const TEST_TOOLS: SkillGroup = {
  kind: 'testing',
  skills: [
    { name: 'API testing', aliases: ['API tests', 'API test automation', 'kiểm thử API', 'testy API', 'APIテスト'] },
    { name: 'WebdriverIO', aliases: ['WDIO', 'Webdriver.io'] },
    { name: 'TestCafe' },
    { name: 'Nightwatch.js', aliases: ['NightwatchJS'], exact: ['Nightwatch'], guard: TEST_TOOL },
    { name: 'Katalon Studio', aliases: ['Katalon'] },
    { name: 'Ranorex' },
    { name: 'TestComplete' },
    {
      name: 'Tricentis Tosca',
      aliases: ['Tricentis'],
      exact: ['Tosca'],
      guard: { ...TEST_TOOL, near: TEST_MANAGEMENT },
    },
    { name: 'Micro Focus UFT', aliases: ['UFT One', 'HP UFT', 'QuickTest Professional'], exact: ['UFT', 'QTP'] },
    { name: 'SpecFlow', aliases: ['Reqnroll'] },
    { name: 'Serenity BDD', aliases: ['SerenityBDD', 'Serenity/JS'] },
    { name: 'Karate', exact: ['Karate'], guard: { ...TEST_TOOL, near: API_TESTING } },
    { name: 'REST Assured', aliases: ['RestAssured', 'Rest-Assured', 'REST-assured'] },
    { name: 'Insomnia', exact: ['Insomnia'], guard: { near: API_TESTING } },
    { name: 'WireMock' },
    { name: 'Mock Service Worker', exact: ['MSW'], guard: near('Jest', 'Vitest', 'Testing Library', 'React') },
    { name: 'Testcontainers' },
    { name: 'Applitools', aliases: ['Applitools Eyes'] },
    { name: 'Sauce Labs', aliases: ['SauceLabs'] },
    { name: 'LambdaTest' },
    { name: 'Perfecto', exact: ['Perfecto'], guard: { ...TEST_TOOL, near: ['Appium', 'Selenium', 'BrowserStack'] } },
    { name: 'Detox', exact: ['Detox'], guard: { ...TEST_TOOL, near: ['React Native', 'Appium', 'Jest'] } },
    { name: 'EarlGrey' },
    { name: 'Maestro', exact: ['Maestro'], guard: { ...TEST_TOOL, near: ['Appium', 'Detox', 'XCTest', 'Espresso'] } },
    { name: 'Zephyr Scale', aliases: ['Zephyr Squad', 'Zephyr for Jira'], exact: ['Zephyr'], guard: near('Jira') },
    { name: 'Xray', exact: ['Xray'], guard: near('Jira', 'TestRail') },
    { name: 'qTest', aliases: ['Tricentis qTest'] },
    { name: 'PractiTest' },
    { name: 'HP ALM', aliases: ['Micro Focus ALM', 'OpenText ALM', 'HP Quality Center'] },
    {
      name: 'Allure Report',
      aliases: ['Allure TestOps'],
      exact: ['Allure'],
      guard: { ...TEST_TOOL, near: TEST_MANAGEMENT },
    },
    { name: 'Locust', exact: ['Locust'], guard: { ...TEST_TOOL, near: LOAD_TESTING } },
    { name: 'Artillery', exact: ['Artillery'], guard: { ...TEST_TOOL, near: LOAD_TESTING } },
    { name: 'BlazeMeter' },
    { name: 'NeoLoad' },
    { name: 'PHPUnit' },
    { name: 'Pest', exact: ['Pest'], guard: near('PHPUnit', 'PHP', 'Laravel') },
    { name: 'NUnit' },
    { name: 'xUnit.net', aliases: ['xUnit'] },
    { name: 'MSTest' },
    { name: 'GoogleTest', aliases: ['Google Test', 'gtest', 'GoogleMock', 'gmock'] },
    { name: 'Catch2' },
    { name: 'Spock', exact: ['Spock'], guard: near('Groovy', 'Java', 'JUnit', 'Kotlin') },
    { name: 'Kotest' },
    { name: 'ScalaTest' },
    { name: 'Enzyme', exact: ['Enzyme'], guard: near('React', 'Jest', 'Testing Library') },
    { name: 'Percy', exact: ['Percy'], guard: { ...TEST_TOOL, near: ['Cypress', 'Playwright', 'Storybook'] } },
    { name: 'Mutation testing', aliases: ['Stryker Mutator', 'PIT mutation testing', 'PITest'] },
  ],
};
