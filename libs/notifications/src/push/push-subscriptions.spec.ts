import { deviceLabel, pushEndpointProblem } from './push-subscriptions.js';

describe('push endpoints', () => {
  it('accepts a public https push service', () => {
    expect(pushEndpointProblem('https://fcm.googleapis.com/fcm/send/abc', true)).toBeNull();
    expect(pushEndpointProblem('https://updates.push.services.mozilla.com/wpush/v2/abc', false)).toBeNull();
  });

  it('accepts plain http only to this machine and only outside production', () => {
    expect(pushEndpointProblem('http://127.0.0.1:4010/push/1', false)).toBeNull();
    expect(pushEndpointProblem('http://127.0.0.1:4010/push/1', true)).toBe('must be the https URL of a push service');
    expect(pushEndpointProblem('http://push.example.com/1', false)).toBe('must be the https URL of a push service');
  });

  it('refuses, in production, addresses the worker would reach inside the network', () => {
    for (const url of ['https://localhost/x', 'https://127.0.0.1/x', 'https://10.0.0.5/x', 'https://192.168.1.1/x', 'https://172.20.0.1/x', 'https://169.254.169.254/latest', 'https://[::1]/x']) {
      expect({ url, problem: pushEndpointProblem(url, true) }).toEqual({ url, problem: 'must be a public push service' });
    }
    expect(pushEndpointProblem('not a url', false)).toBe('must be the https URL of a push service');
    expect(pushEndpointProblem('ftp://push.example.com/1', false)).toBe('must be the https URL of a push service');
  });
});

describe('device labels', () => {
  it('names the browser and the system', () => {
    expect(deviceLabel('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36')).toBe('Chrome on Android');
    expect(deviceLabel('Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1')).toBe('Safari on iPhone');
    expect(deviceLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox on Windows');
    expect(deviceLabel('curl/8.0')).toBe('Browser');
    expect(deviceLabel(undefined)).toBeNull();
  });
});
