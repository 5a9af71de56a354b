// bottleneck/light.js is the build Octokit's throttling plugin uses; same API as the main entry.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
