export { refreshOnce } from '../../bench/support/refresh-once';
